package run.kro.backend.kinds;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI formats of built-in fields that the fabric8 classes carry as plain strings: base64 bytes (Secret data,
 * ConfigMap binaryData) and RFC 3339 timestamps, so CEL sees them as bytes and timestamps as it would with the
 * cluster's own OpenAPI.
 */
final class WireFormats {

  /** Map properties whose values are base64 bytes, by owning class and property. */
  private static final Map<String, Set<String>> BYTE_MAPS = Map.of(
      "Secret", Set.of("data"),
      "ConfigMap", Set.of("binaryData"));

  /** String properties that hold timestamps in Kubernetes' built-in types. */
  private static final Set<String> TIMESTAMPS = Set.of(
      "creationTimestamp", "deletionTimestamp", "lastTransitionTime", "lastUpdateTime", "lastProbeTime",
      "lastHeartbeatTime", "startTime", "completionTime", "lastScaleTime", "firstTimestamp", "lastTimestamp",
      "eventTime", "lastScheduleTime", "lastSuccessfulTime", "startedAt", "finishedAt", "renewTime", "acquireTime");

  private WireFormats() {}

  static JSONSchemaProps stringSchema(String owner, String property) {
    JSONSchemaPropsBuilder schema = new JSONSchemaPropsBuilder().withType("string");
    if (TIMESTAMPS.contains(property)) {
      schema.withFormat("date-time");
    }
    return schema.build();
  }

  static JSONSchemaProps mapValueSchema(String owner, String property, JSONSchemaProps derived) {
    if (BYTE_MAPS.getOrDefault(owner, Set.of()).contains(property)) {
      return new JSONSchemaPropsBuilder().withType("string").withFormat("byte").build();
    }
    return derived;
  }
}
