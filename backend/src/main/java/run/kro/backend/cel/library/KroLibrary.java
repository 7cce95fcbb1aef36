package run.kro.backend.cel.library;

import dev.cel.compiler.CelCompilerLibrary;
import dev.cel.runtime.CelRuntimeLibrary;
import java.util.List;

/**
 * A kro function library: declares its functions for the checker and binds them for the runtime.
 */
public interface KroLibrary extends CelCompilerLibrary, CelRuntimeLibrary {

  /**
   * Kubernetes' libraries that upstream kro's environment includes, in the order it registers them.
   */
  static List<KroLibrary> kubernetes() {
    return List.of(
        new KubernetesListsLibrary(),
        new KubernetesUrlsLibrary(),
        new KubernetesRegexLibrary(),
        new KubernetesQuantityLibrary(),
        new KubernetesIpLibrary(),
        new KubernetesCidrLibrary(),
        new KubernetesSemverLibrary());
  }

  /** Every kro library, in the order upstream registers them. */
  static List<KroLibrary> all() {
    return List.of(
        new RandomLibrary(),
        new MapsLibrary(),
        new JsonLibrary(),
        new HashLibrary(),
        new ListsLibrary(),
        new OmitLibrary());
  }
}
