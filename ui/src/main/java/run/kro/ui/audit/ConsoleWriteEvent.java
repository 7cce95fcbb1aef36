package run.kro.ui.audit;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The Kubernetes Event (core/v1) a console write leaves on the written object, e.g. reason {@value
 * #WRITE}, message {@code alice (team-a) created WebApp team-a/shop via the console}; {@code
 * kubectl describe} shows it.
 */
final class ConsoleWriteEvent {

  static final String WRITE = "ConsoleWrite";
  static final String REFUSED = "ConsoleWriteRefused";
  static final String COMPONENT = "kro-console";

  /** Events about cluster-scoped objects live here, as the kubelet's and the scheduler's do. */
  static final String CLUSTER_SCOPED_NAMESPACE = "default";

  /** The API server rejects longer messages. */
  static final int MAX_MESSAGE = 1024;

  private ConsoleWriteEvent() {}

  static String namespace(AuditTarget target) {
    return target.namespace().orElse(CLUSTER_SCOPED_NAMESPACE);
  }

  static Event of(AuditEntry entry, Instant now) {
    AuditTarget target = entry.target();
    boolean succeeded = entry.result().succeededNow();
    String time = now.truncatedTo(ChronoUnit.SECONDS).toString();
    return new EventBuilder()
        .withNewMetadata()
        .withGenerateName(target.name() + ".")
        .withNamespace(namespace(target))
        .endMetadata()
        .withNewInvolvedObject()
        .withApiVersion(target.apiVersion())
        .withKind(target.kind())
        .withNamespace(target.namespace().orElse(null))
        .withName(target.name())
        .withUid(target.uid().orElse(null))
        .endInvolvedObject()
        .withReason(succeeded ? WRITE : REFUSED)
        .withType(succeeded ? "Normal" : "Warning")
        .withMessage(message(entry))
        .withNewSource()
        .withComponent(COMPONENT)
        .endSource()
        .withReportingComponent(COMPONENT)
        .withFirstTimestamp(time)
        .withLastTimestamp(time)
        .withCount(1)
        .build();
  }

  static String message(AuditEntry entry) {
    String what = entry.target().describe();
    String message =
        switch (entry.result().outcome()) {
          case SUCCEEDED ->
              entry.who() + " " + entry.verb().done() + " " + what + " via the console";
          case REFUSED ->
              entry.who()
                  + " was refused "
                  + entry.verb().doing()
                  + " "
                  + what
                  + " via the console: "
                  + entry.result().message();
          case FAILED ->
              entry.who()
                  + " failed "
                  + entry.verb().doing()
                  + " "
                  + what
                  + " via the console: "
                  + entry.result().message();
        };
    return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
  }
}
