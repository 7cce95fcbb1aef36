package run.kro.operator.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * fabric8's serialization without its lookup of typed model classes by apiVersion and kind. That
 * lookup is built the first time anything reads a field typed as a Kubernetes resource (a watch
 * event, a kubeconfig's extensions): it loads and instantiates every kind of every model module on
 * the class path, about 700 classes, 7 MiB of the controller's resident memory
 * (docs/performance.md). And it makes a generic informer read each object as its typed class first,
 * then convert it.
 *
 * <p>Without the lookup, a watch event's object is read as a generic one at once; typed operations
 * (leases, events, CRDs) still read their own class, and fabric8 converts a typed watch's events.
 * The one kind a watch itself must recognize is registered: {@code Status}, which an ERROR event
 * carries (an expired resource version, answered by listing again).
 */
final class GenericSerialization {

  private GenericSerialization() {}

  /** A serialization that knows {@code Status} only. */
  static KubernetesSerialization create() {
    KubernetesSerialization serialization = new KubernetesSerialization(new ObjectMapper(), false);
    serialization.registerKubernetesResource(Status.class);
    return serialization;
  }

  /**
   * The client configuration in the kubeconfig file {@code file}, as {@code Config.fromKubeconfig}
   * makes it, but read with {@code serialization}: fabric8's own reading goes through its shared
   * serialization, which builds the lookup.
   *
   * @throws IllegalArgumentException naming the file when it cannot be read or is no kubeconfig
   */
  static Config fromKubeconfig(KubernetesSerialization serialization, Path file) {
    io.fabric8.kubernetes.api.model.Config kubeconfig;
    try {
      kubeconfig =
          serialization.unmarshal(
              Files.readString(file), io.fabric8.kubernetes.api.model.Config.class);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "kro.kubernetes.kubeconfig: cannot read " + file + " as a kubeconfig: " + e.getMessage(),
          e);
    }
    Config config = Config.empty();
    KubeConfigUtils.merge(config, null, kubeconfig);
    return config;
  }
}
