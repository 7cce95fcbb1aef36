package run.kro.ui.rg;

import com.vaadin.flow.shared.Registration;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.base.ClusterAccess;
import run.kro.ui.base.DebouncedWatch;

/**
 * The list of ResourceGroups, live: informers on both kinds (as the signed-in user) list again a
 * moment after any change (a burst of changes, like the controller writing status, is listed once),
 * and every {@link #RELIST} in any case, since instance counts change without the ResourceGroups
 * changing. Each watch has its own informers, closed when its registration is removed or the
 * application stops.
 */
@Service
public class ResourceGroupWatch implements DisposableBean {

  static final Duration DEBOUNCE = Duration.ofMillis(300);
  static final Duration RELIST = Duration.ofSeconds(15);
  private static final Logger LOG = LoggerFactory.getLogger(ResourceGroupWatch.class);

  private final ClusterAccess cluster;
  private final ScheduledExecutorService timer = DebouncedWatch.timer("resourcegroup-watch");
  private final Set<DebouncedWatch> live = ConcurrentHashMap.newKeySet();

  public ResourceGroupWatch(ClusterAccess cluster) {
    this.cluster = cluster;
  }

  /**
   * Calls {@code onChange} with the list on a background thread (a view hands it to its UI with
   * {@code UI.access}): soon after each change, and every {@link #RELIST}. Must be called on a
   * request of the user it lists for.
   */
  public Registration watch(Consumer<List<ResourceGroupSummary>> onChange) {
    KubernetesClient client =
        cluster.client(); // the signed-in user's, kept for the background thread
    ResourceGroupCatalog catalog = new ResourceGroupCatalog(() -> client);
    DebouncedWatch watch =
        new DebouncedWatch(
            timer,
            DEBOUNCE,
            "the live list of ResourceGroups",
            () -> onChange.accept(catalog.list()),
            live::remove);
    live.add(watch);
    for (ResourceGroupKind kind : ResourceGroupKind.values()) {
      try {
        watch.add(
            client
                .genericKubernetesResources(ResourceGroupObjects.context(kind))
                .inform(watch.changes(), 0));
      } catch (KubernetesClientException e) {
        LOG.debug(
            "{} not watched: {}", kind.kind(), ApiErrorText.of(e)); // not installed, or not allowed
      }
    }
    watch.every(RELIST);
    return watch;
  }

  @Override
  public void destroy() {
    List.copyOf(live).forEach(DebouncedWatch::remove);
    timer.shutdownNow();
  }
}
