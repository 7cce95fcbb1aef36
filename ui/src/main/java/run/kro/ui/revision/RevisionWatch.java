package run.kro.ui.revision;

import com.vaadin.flow.shared.Registration;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import run.kro.backend.cluster.GraphRevisionKind;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.base.ClusterAccess;
import run.kro.ui.base.DebouncedWatch;
import run.kro.ui.instance.InstanceApi;
import run.kro.ui.instance.InstanceApiException;
import run.kro.ui.instance.InstanceApis;
import run.kro.ui.rg.ApiErrorText;
import run.kro.ui.rg.ResourceGroupObjects;
import run.kro.ui.security.AccessReview;
import run.kro.ui.security.OnBehalf;

/**
 * Tells a Revisions tab when to read again: informers (as the signed-in user) on the ResourceGroup,
 * its GraphRevisions and its instances signal a change a moment after it happens (a burst, like a
 * rollout step admitting ten instances, is signalled once), and a tick every {@link #TICK} keeps
 * times such as the end of a soak current and covers what the user may not watch. The tab reads on
 * its own UI thread, as the user. Each watch has its own informers, closed when its registration is
 * removed or the application stops.
 */
@Service
public class RevisionWatch implements DisposableBean {

  static final Duration DEBOUNCE = Duration.ofMillis(300);
  static final Duration TICK = Duration.ofSeconds(10);
  private static final Logger LOG = LoggerFactory.getLogger(RevisionWatch.class);

  private final ClusterAccess cluster;
  private final InstanceApis apis;
  private final AccessReview access;
  private final ScheduledExecutorService timer = DebouncedWatch.timer("revision-watch");
  private final Set<DebouncedWatch> live = ConcurrentHashMap.newKeySet();

  public RevisionWatch(ClusterAccess cluster, InstanceApis apis, AccessReview access) {
    this.cluster = cluster;
    this.apis = apis;
    this.access = access;
  }

  /**
   * Calls {@code changed} on a background thread soon after the ResourceGroup, its revisions or its
   * instances change, and every {@link #TICK}, as the user who asked (so that it may read as them).
   * Must be called on a request of the user it watches for.
   */
  public Registration watch(ResourceGroupKind kind, String name, Runnable changed) {
    KubernetesClient client = cluster.client(); // the user's, kept for the informers
    DebouncedWatch watch =
        new DebouncedWatch(
            timer, DEBOUNCE, "a Revisions tab", OnBehalf.ofCurrentUser(changed), live::remove);
    live.add(watch);
    inform(
        watch,
        may(ResourceGroupKind.GROUP, kind.plural()),
        "the " + kind.kind(),
        () ->
            client
                .genericKubernetesResources(ResourceGroupObjects.context(kind))
                .withName(name)
                .inform(watch.changes(), 0));
    inform(
        watch,
        may(GraphRevisionKind.CONTEXT.getGroup(), GraphRevisionKind.CONTEXT.getPlural()),
        "its revisions",
        () ->
            client
                .genericKubernetesResources(GraphRevisionKind.CONTEXT)
                .withLabels(RevisionReader.revisionLabels(kind, name))
                .inform(watch.changes(), 0));
    try {
      InstanceApi api = apis.resolve(name);
      inform(
          watch,
          may(api.gvk().group(), api.plural()),
          "its instances",
          () ->
              api.namespaced()
                  ? client
                      .genericKubernetesResources(api.context())
                      .inAnyNamespace()
                      .inform(watch.changes(), 0)
                  : client.genericKubernetesResources(api.context()).inform(watch.changes(), 0));
    } catch (InstanceApiException e) {
      LOG.debug("instances of {} not watched: {}", name, e.getMessage());
    }
    watch.every(TICK);
    return watch;
  }

  /**
   * Starts one informer; one the user may not run is left out (asked first, since a refused
   * informer logs errors as it gives up), and the tick covers it.
   */
  private static void inform(
      DebouncedWatch watch,
      boolean allowed,
      String what,
      Supplier<SharedIndexInformer<GenericKubernetesResource>> start) {
    if (!allowed) {
      LOG.debug("{} not watched: the user may not watch it", what);
      return;
    }
    try {
      watch.add(start.get());
    } catch (KubernetesClientException e) {
      LOG.debug("{} not watched: {}", what, ApiErrorText.of(e));
    }
  }

  /** Whether the user may watch {@code plural} of {@code group} across the cluster. */
  private boolean may(String group, String plural) {
    return access.may("watch", group, plural, "").allowed();
  }

  /** How many watches are open; for tests. */
  int open() {
    return live.size();
  }

  @Override
  public void destroy() {
    List.copyOf(live).forEach(DebouncedWatch::remove);
    timer.shutdownNow();
  }
}
