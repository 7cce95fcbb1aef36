package run.kro.backend.schema.compat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceValidation;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the schema changes between the CRD in the cluster and the one a ResourceGroup now
 * generates, and classifies each as breaking or not
 * (docs/design.md#crd-ownership-and-breaking-changes). The controller blocks an update with
 * breaking changes unless the ResourceGroup carries {@code kro.run/allow-breaking-changes: "true"}.
 *
 * <p>Paths are dotted from the schema root ({@code spec.replicas}); array items are {@code [*]}
 * ({@code spec.ports[*].name}) and map values {@code .*} ({@code spec.labels.*}). Below a field
 * with {@code x-kubernetes-preserve-unknown-fields} nothing is compared. Changes under {@code
 * status} are never breaking: unlike upstream, which compares the whole schema alike, we report
 * them as {@link ChangeKind#STATUS_SCHEMA_CHANGED}, because kro rewrites an instance's status on
 * every reconcile and a status type change would otherwise block harmless ResourceGroup edits. Not
 * compared, as upstream: {@code format}, {@code nullable}, {@code uniqueItems}, list and map types,
 * {@code x-kubernetes-validations}, and printer columns.
 */
public final class SchemaCompatibility {

  private SchemaCompatibility() {}

  /**
   * Compares the openAPIV3Schema of every version present in both CRDs. A version removed from
   * {@code desired}, or no longer served, is itself a breaking change; a version added is not.
   */
  public static CompatibilityReport compare(
      CustomResourceDefinition existing, CustomResourceDefinition desired) {
    Map<String, CustomResourceDefinitionVersion> before =
        versions(Objects.requireNonNull(existing, "existing"));
    Map<String, CustomResourceDefinitionVersion> after =
        versions(Objects.requireNonNull(desired, "desired"));
    List<SchemaChange> changes = new ArrayList<>();
    before.forEach(
        (name, old) -> {
          CustomResourceDefinitionVersion now = after.get(name);
          if (now == null) {
            changes.add(new SchemaChange(name, "", ChangeKind.VERSION_REMOVED, "version removed"));
            return;
          }
          if (Boolean.TRUE.equals(old.getServed()) && !Boolean.TRUE.equals(now.getServed())) {
            changes.add(
                new SchemaChange(name, "", ChangeKind.VERSION_REMOVED, "version no longer served"));
          }
          changes.addAll(compare(name, schema(old), schema(now)).changes());
        });
    after.keySet().stream()
        .filter(name -> !before.containsKey(name))
        .forEach(
            name ->
                changes.add(new SchemaChange(name, "", ChangeKind.VERSION_ADDED, "version added")));
    return new CompatibilityReport(changes);
  }

  /**
   * Compares two openAPIV3Schemas of the version {@code version}; either may be null (no schema).
   * The paths and rules are those of the class comment.
   */
  public static CompatibilityReport compare(
      String version, JSONSchemaProps existing, JSONSchemaProps desired) {
    ChangeRecorder changes = new ChangeRecorder(Objects.requireNonNull(version, "version"));
    if (existing != null && desired != null) {
      new SchemaTreeComparison(changes).compare(FieldPath.ROOT, existing, desired);
    } else if (existing != null) {
      changes.record(FieldPath.ROOT, ChangeKind.PROPERTY_REMOVED, "schema removed");
    } else if (desired != null) {
      changes.record(FieldPath.ROOT, ChangeKind.PROPERTY_ADDED, "schema added");
    }
    return new CompatibilityReport(changes.changes());
  }

  private static Map<String, CustomResourceDefinitionVersion> versions(
      CustomResourceDefinition crd) {
    Map<String, CustomResourceDefinitionVersion> versions = new LinkedHashMap<>();
    if (crd.getSpec() != null && crd.getSpec().getVersions() != null) {
      crd.getSpec().getVersions().forEach(v -> versions.put(v.getName(), v));
    }
    return versions;
  }

  private static JSONSchemaProps schema(CustomResourceDefinitionVersion version) {
    CustomResourceValidation validation = version.getSchema();
    return validation == null ? null : validation.getOpenAPIV3Schema();
  }
}
