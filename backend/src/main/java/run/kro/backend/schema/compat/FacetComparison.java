package run.kro.backend.schema.compat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.List;

/**
 * The facets of one schema node that concern its own value: description, default, pattern and enum.
 */
final class FacetComparison {

  private final ChangeRecorder changes;

  FacetComparison(ChangeRecorder changes) {
    this.changes = changes;
  }

  void compare(FieldPath path, JSONSchemaProps existing, JSONSchemaProps desired) {
    if (!text(existing.getDescription()).equals(text(desired.getDescription()))) {
      changes.record(path, ChangeKind.DESCRIPTION_CHANGED, "description changed");
    }
    compareDefault(path, existing.getDefault(), desired.getDefault());
    comparePattern(path, text(existing.getPattern()), text(desired.getPattern()));
    compareEnum(path, values(existing.getEnum()), values(desired.getEnum()));
  }

  private void compareDefault(FieldPath path, JsonNode existing, JsonNode desired) {
    if (JsonValues.same(existing, desired)) {
      return;
    }
    String detail;
    if (JsonValues.absent(existing)) {
      detail = "default " + JsonValues.show(desired) + " added";
    } else if (JsonValues.absent(desired)) {
      detail = "default " + JsonValues.show(existing) + " removed";
    } else {
      detail =
          "default changed from " + JsonValues.show(existing) + " to " + JsonValues.show(desired);
    }
    changes.record(path, ChangeKind.DEFAULT_CHANGED, detail);
  }

  private void comparePattern(FieldPath path, String existing, String desired) {
    if (existing.equals(desired)) {
      return;
    }
    if (existing.isEmpty()) {
      changes.record(path, ChangeKind.PATTERN_ADDED, "pattern " + desired + " added");
    } else if (desired.isEmpty()) {
      changes.record(path, ChangeKind.PATTERN_REMOVED, "pattern " + existing + " removed");
    } else {
      changes.record(
          path, ChangeKind.PATTERN_CHANGED, "pattern changed from " + existing + " to " + desired);
    }
  }

  /**
   * No enum accepts any value, so adding one restricts and dropping one expands (upstream ignores
   * both).
   */
  private void compareEnum(FieldPath path, List<JsonNode> existing, List<JsonNode> desired) {
    if (existing.isEmpty() && desired.isEmpty()) {
      return;
    }
    if (existing.isEmpty()) {
      changes.record(
          path, ChangeKind.ENUM_RESTRICTED, "values restricted to " + JsonValues.show(desired));
      return;
    }
    if (desired.isEmpty()) {
      changes.record(path, ChangeKind.ENUM_EXPANDED, "enum removed");
      return;
    }
    List<JsonNode> removed =
        existing.stream().filter(v -> !JsonValues.contains(desired, v)).toList();
    List<JsonNode> added = desired.stream().filter(v -> !JsonValues.contains(existing, v)).toList();
    if (!removed.isEmpty()) {
      changes.record(
          path, ChangeKind.ENUM_RESTRICTED, "enum values removed: " + JsonValues.show(removed));
    }
    if (!added.isEmpty()) {
      changes.record(
          path, ChangeKind.ENUM_EXPANDED, "enum values added: " + JsonValues.show(added));
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static List<JsonNode> values(List<JsonNode> values) {
    return values == null ? List.of() : values;
  }
}
