package run.kro.ui.rg;

import com.vaadin.flow.shared.Registration;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.base.ClusterAccess;

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
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "resourcegroup-watch");
            thread.setDaemon(true);
            return thread;
          });
  private final Set<Live> live = ConcurrentHashMap.newKeySet();

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
    Live watch = new Live(new ResourceGroupCatalog(() -> client), onChange);
    live.add(watch);
    watch.start(client);
    return watch;
  }

  @Override
  public void destroy() {
    List.copyOf(live).forEach(Live::remove);
    timer.shutdownNow();
  }

  private final class Live
      implements Registration, ResourceEventHandler<GenericKubernetesResource> {

    private final ResourceGroupCatalog catalog;
    private final Consumer<List<ResourceGroupSummary>> onChange;
    private final List<SharedIndexInformer<GenericKubernetesResource>> informers =
        new CopyOnWriteArrayList<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile ScheduledFuture<?> relist;

    Live(ResourceGroupCatalog catalog, Consumer<List<ResourceGroupSummary>> onChange) {
      this.catalog = catalog;
      this.onChange = onChange;
    }

    void start(KubernetesClient client) {
      for (ResourceGroupKind kind : ResourceGroupKind.values()) {
        try {
          informers.add(
              client
                  .genericKubernetesResources(ResourceGroupObjects.context(kind))
                  .inform(this, 0));
        } catch (KubernetesClientException e) {
          LOG.debug(
              "{} not watched: {}",
              kind.kind(),
              ApiErrorText.of(e)); // not installed, or not allowed
        }
      }
      relist =
          timer.scheduleWithFixedDelay(
              this::publish, RELIST.toMillis(), RELIST.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void remove() {
      informers.forEach(SharedIndexInformer::close);
      if (relist != null) {
        relist.cancel(false);
      }
      live.remove(this);
    }

    private void changed() {
      if (scheduled.compareAndSet(false, true)) {
        timer.schedule(this::publish, DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS);
      }
    }

    private void publish() {
      scheduled.set(false);
      try {
        onChange.accept(catalog.list());
      } catch (RuntimeException e) {
        LOG.warn("the live list of ResourceGroups failed to update: {}", e.toString());
      }
    }

    @Override
    public void onAdd(GenericKubernetesResource object) {
      changed();
    }

    @Override
    public void onUpdate(GenericKubernetesResource before, GenericKubernetesResource after) {
      changed();
    }

    @Override
    public void onDelete(GenericKubernetesResource object, boolean finalStateUnknown) {
      changed();
    }
  }
}
