package run.kro.ui.audit;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import run.kro.ui.base.ClusterAccess;
import run.kro.ui.security.ConsoleUser;

/**
 * Records every write the console makes: one JSON line through the logger {@value #LOGGER} at INFO
 * ({@link AuditLine}), and an Event on the written object ({@link ConsoleWriteEvent}), created with
 * the same client as the write, so as the same person. When that person may not create events
 * there, or the object does not exist (a refused create), there is no event, and a debug line says
 * why. Auditing never fails the write or hides its result: its own errors are logged and swallowed.
 */
@Service
public class AuditTrail {

  public static final String LOGGER = "kro.audit";

  private static final Logger AUDIT = LoggerFactory.getLogger(LOGGER);
  private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
  private static final ConsoleUser UNKNOWN = new ConsoleUser("<unknown>", List.of());

  private final ClusterAccess cluster;
  private final Actor actor;
  private final Clock clock;

  @Autowired
  public AuditTrail(ClusterAccess cluster, Actor actor) {
    this(cluster, actor, Clock.systemUTC());
  }

  AuditTrail(ClusterAccess cluster, Actor actor, Clock clock) {
    this.cluster = cluster;
    this.actor = actor;
    this.clock = clock;
  }

  /** Records what the current actor just did to {@code target}. */
  public void record(
      AuditVerb verb, AuditTarget target, AuditResult result, Optional<String> diffSha256) {
    ConsoleUser user = who();
    record(new AuditEntry(user.name(), user.groups(), verb, target, result, diffSha256));
  }

  /** Records one write: the log line, then the event. */
  public void record(AuditEntry entry) {
    try {
      AUDIT.info(AuditLine.json(entry, clock.instant()));
    } catch (RuntimeException e) {
      LOG.warn(
          "audit line for {} {} not written: {}",
          entry.verb().word(),
          entry.target().describe(),
          e.getMessage());
    }
    try {
      event(entry);
    } catch (RuntimeException e) {
      LOG.debug(
          "no event for {} {}: {}", entry.verb().word(), entry.target().describe(), e.getMessage());
    }
  }

  private ConsoleUser who() {
    try {
      return actor.current();
    } catch (RuntimeException e) {
      LOG.warn("audit: who wrote is unknown: {}", e.getMessage());
      return UNKNOWN;
    }
  }

  private void event(AuditEntry entry) {
    Optional<AuditTarget> about =
        entry.result().succeededNow() ? Optional.of(entry.target()) : existing(entry.target());
    if (about.isEmpty()) {
      LOG.debug(
          "no event for {} {}: the object does not exist, or {} may not read it",
          entry.verb().word(),
          entry.target().describe(),
          entry.subject());
      return;
    }
    AuditEntry onObject =
        new AuditEntry(
            entry.subject(),
            entry.groups(),
            entry.verb(),
            about.get(),
            entry.result(),
            entry.diffSha256());
    try {
      cluster
          .client()
          .v1()
          .events()
          .inNamespace(ConsoleWriteEvent.namespace(about.get()))
          .resource(ConsoleWriteEvent.of(onObject, clock.instant()))
          .create();
    } catch (KubernetesClientException e) {
      LOG.debug(
          "no event for {} {}: {} may not create events in {} ({})",
          entry.verb().word(),
          entry.target().describe(),
          entry.subject(),
          ConsoleWriteEvent.namespace(about.get()),
          e.getCode());
    }
  }

  /** The object as it is now (for its uid), when it exists and the actor may read it. */
  private Optional<AuditTarget> existing(AuditTarget target) {
    try {
      KubernetesClient client = cluster.client();
      var all = client.genericKubernetesResources(target.apiVersion(), target.kind());
      GenericKubernetesResource live =
          target.namespace().isPresent()
              ? all.inNamespace(target.namespace().get()).withName(target.name()).get()
              : all.withName(target.name()).get();
      return Optional.ofNullable(live).map(l -> target.withUid(l.getMetadata().getUid()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
