package run.kro.backend.kinds;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ContainerStateRunning;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Wire formats the fabric8 classes cannot show: they hold base64 bytes and {@code metav1.Time}
 * values as plain strings. The format applies to the string inside the property (the map value for
 * {@code Secret.data}). Only the timestamps templates commonly read are listed; other timestamps
 * stay plain strings.
 */
final class WireFormats {

  static final String BYTE = "byte";
  static final String DATE_TIME = "date-time";

  /** One property whose strings have a known format. */
  record FormatOverride(Class<?> owner, String property, String format) {}

  static final List<FormatOverride> OVERRIDES =
      List.of(
          new FormatOverride(Secret.class, "data", BYTE),
          new FormatOverride(ConfigMap.class, "binaryData", BYTE),
          new FormatOverride(ObjectMeta.class, "creationTimestamp", DATE_TIME),
          new FormatOverride(ObjectMeta.class, "deletionTimestamp", DATE_TIME),
          new FormatOverride(ManagedFieldsEntry.class, "time", DATE_TIME),
          new FormatOverride(Condition.class, "lastTransitionTime", DATE_TIME),
          new FormatOverride(DeploymentCondition.class, "lastTransitionTime", DATE_TIME),
          new FormatOverride(DeploymentCondition.class, "lastUpdateTime", DATE_TIME),
          new FormatOverride(PodCondition.class, "lastProbeTime", DATE_TIME),
          new FormatOverride(PodCondition.class, "lastTransitionTime", DATE_TIME),
          new FormatOverride(PodStatus.class, "startTime", DATE_TIME),
          new FormatOverride(ContainerStateRunning.class, "startedAt", DATE_TIME),
          new FormatOverride(ContainerStateTerminated.class, "startedAt", DATE_TIME),
          new FormatOverride(ContainerStateTerminated.class, "finishedAt", DATE_TIME),
          new FormatOverride(JobStatus.class, "startTime", DATE_TIME),
          new FormatOverride(JobStatus.class, "completionTime", DATE_TIME),
          new FormatOverride(JobCondition.class, "lastProbeTime", DATE_TIME),
          new FormatOverride(JobCondition.class, "lastTransitionTime", DATE_TIME),
          new FormatOverride(CronJobStatus.class, "lastScheduleTime", DATE_TIME),
          new FormatOverride(CronJobStatus.class, "lastSuccessfulTime", DATE_TIME));

  private static final Map<String, String> BY_PROPERTY =
      OVERRIDES.stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  o -> key(o.owner(), o.property()), FormatOverride::format));

  private WireFormats() {}

  static Optional<String> of(Class<?> owner, String property) {
    return Optional.ofNullable(BY_PROPERTY.get(key(owner, property)));
  }

  private static String key(Class<?> owner, String property) {
    return owner.getName() + "#" + property;
  }
}
