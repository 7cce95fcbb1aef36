package run.kro.ui.instance;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.ui.base.ClusterAccess;
import run.kro.ui.base.DebouncedWatch;

/**
 * An instance as it is now ({@link #snapshot}) and as it changes ({@link #watch}): the object, its
 * status and status graph, its children and the events about them. Each watch runs its own
 * informers (one per child kind, one for the namespace's Events), closed when its registration is
 * removed or the application stops; a console shows few instances live at once, so informers are
 * not shared between viewers.
 */
@Service
public class InstanceWatch implements DisposableBean {

  private final ClusterAccess cluster;
  private final InstanceApis apis;
  private final ScheduledExecutorService timer = DebouncedWatch.timer("instance-watch");
  private final Set<LiveInstance> live = ConcurrentHashMap.newKeySet();

  public InstanceWatch(ClusterAccess cluster, InstanceApis apis) {
    this.cluster = cluster;
    this.apis = apis;
  }

  /**
   * Calls {@code onChange} with a first snapshot soon, then after every burst of changes (debounced
   * by {@link InstanceDefaults#DEBOUNCE}), on a background thread: a view must hand the snapshot to
   * its UI with {@code UI.access}. Deletion shows as state DELETING, then as a snapshot whose
   * instance is absent.
   *
   * @throws InstanceApiException when the ResourceGroup or its API is missing, does not compile, or
   *     cannot be read
   */
  public Registration watch(
      String rgName, String namespace, String name, Consumer<InstanceSnapshot> onChange) {
    LiveInstance watch =
        new LiveInstance(
            sources(rgName, namespace, name),
            onChange,
            timer,
            InstanceDefaults.DEBOUNCE,
            live::remove);
    live.add(watch);
    watch.start();
    return watch;
  }

  /**
   * The instance as it is now; its {@code instance} is empty when it does not exist.
   *
   * @throws InstanceApiException when the ResourceGroup or its API is missing, does not compile, or
   *     cannot be read
   */
  public InstanceSnapshot snapshot(String rgName, String namespace, String name) {
    return sources(rgName, namespace, name).read();
  }

  /** How many watches are open; for tests and diagnostics. */
  int open() {
    return live.size();
  }

  @Override
  public void destroy() {
    List.copyOf(live).forEach(LiveInstance::remove);
    timer.shutdownNow();
  }

  private InstanceSources sources(String rgName, String namespace, String name) {
    InstanceApi api = apis.resolve(rgName);
    CompiledResourceGroup compiled = apis.compile(api);
    return new InstanceSources(cluster.client(), api, compiled, namespace, name);
  }
}
