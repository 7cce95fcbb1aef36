package run.kro.backend.schema.compat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrArray;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrBool;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks two schemas of one version side by side through {@code properties} (by name, sorted),
 * {@code items} and {@code additionalProperties}, and records what differs. A changed type ends the
 * walk below it: the old and new subtrees describe different things. Below {@code
 * x-kubernetes-preserve-unknown-fields} nothing is compared.
 */
final class SchemaTreeComparison {

  private final ChangeRecorder changes;
  private final FacetComparison facets;
  private final BoundComparison bounds;

  SchemaTreeComparison(ChangeRecorder changes) {
    this.changes = changes;
    this.facets = new FacetComparison(changes);
    this.bounds = new BoundComparison(changes);
  }

  void compare(FieldPath path, JSONSchemaProps existing, JSONSchemaProps desired) {
    String existingType = typeName(existing);
    String desiredType = typeName(desired);
    if (!existingType.equals(desiredType)) {
      changes.record(
          path,
          ChangeKind.TYPE_CHANGED,
          "type changed from " + existingType + " to " + desiredType);
      return;
    }
    facets.compare(path, existing, desired);
    bounds.compare(path, existing, desired);
    boolean existingOpaque = preservesUnknownFields(existing);
    if (preservesUnknownFields(desired)) {
      if (!existingOpaque) {
        changes.record(path, ChangeKind.UNKNOWN_FIELDS_PRESERVED, "unknown fields now preserved");
      }
      return;
    }
    if (existingOpaque) {
      changes.record(path, ChangeKind.UNKNOWN_FIELDS_PRUNED, "unknown fields no longer preserved");
      return;
    }
    compareProperties(path, existing, desired);
    compareChild(path.items(), items(existing), items(desired), "item schema");
    compareChild(path.values(), values(existing), values(desired), "map value schema");
  }

  private void compareProperties(
      FieldPath path, JSONSchemaProps existing, JSONSchemaProps desired) {
    Map<String, JSONSchemaProps> before = properties(existing);
    Map<String, JSONSchemaProps> after = properties(desired);
    Set<String> requiredBefore = required(existing);
    Set<String> requiredAfter = required(desired);
    Set<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    for (String name : names) {
      FieldPath child = path.property(name);
      JSONSchemaProps old = before.get(name);
      JSONSchemaProps now = after.get(name);
      if (now == null) {
        changes.record(child, ChangeKind.PROPERTY_REMOVED, "property removed");
      } else if (old == null) {
        changes.record(child, ChangeKind.PROPERTY_ADDED, "property added");
        if (requiredAfter.contains(name) && JsonValues.absent(now.getDefault())) {
          changes.record(child, ChangeKind.REQUIRED_ADDED, "added as required without a default");
        }
      } else {
        compareRequired(
            child, requiredBefore.contains(name), requiredAfter.contains(name), old, now);
        compare(child, old, now);
      }
    }
  }

  /**
   * Like upstream, an existing property that becomes required is breaking even when it gains a
   * default.
   */
  private void compareRequired(
      FieldPath path, boolean before, boolean after, JSONSchemaProps old, JSONSchemaProps now) {
    if (!before && after) {
      changes.record(path, ChangeKind.REQUIRED_ADDED, "became required");
    } else if (before && !after) {
      changes.record(path, ChangeKind.REQUIRED_REMOVED, "no longer required");
    } else if (before
        && !JsonValues.absent(old.getDefault())
        && JsonValues.absent(now.getDefault())) {
      changes.record(
          path,
          ChangeKind.REQUIRED_DEFAULT_REMOVED,
          "default " + JsonValues.show(old.getDefault()) + " removed from a required field");
    }
  }

  private void compareChild(
      FieldPath path, JSONSchemaProps existing, JSONSchemaProps desired, String what) {
    if (existing != null && desired != null) {
      compare(path, existing, desired);
    } else if (existing != null) {
      changes.record(path, ChangeKind.PROPERTY_REMOVED, what + " removed");
    } else if (desired != null) {
      changes.record(path, ChangeKind.PROPERTY_ADDED, what + " added");
    }
  }

  /**
   * {@code int-or-string} is a type of its own: changing to or from it changes what values mean.
   */
  private static String typeName(JSONSchemaProps schema) {
    if (Boolean.TRUE.equals(schema.getXKubernetesIntOrString())) {
      return "int-or-string";
    }
    String type = schema.getType();
    return type == null || type.isEmpty() ? "untyped" : type;
  }

  private static boolean preservesUnknownFields(JSONSchemaProps schema) {
    return Boolean.TRUE.equals(schema.getXKubernetesPreserveUnknownFields());
  }

  private static Map<String, JSONSchemaProps> properties(JSONSchemaProps schema) {
    return schema.getProperties() == null ? Map.of() : schema.getProperties();
  }

  private static Set<String> required(JSONSchemaProps schema) {
    List<String> required = schema.getRequired();
    return required == null ? Set.of() : Set.copyOf(required);
  }

  private static JSONSchemaProps items(JSONSchemaProps schema) {
    JSONSchemaPropsOrArray items = schema.getItems();
    return items == null ? null : items.getSchema();
  }

  private static JSONSchemaProps values(JSONSchemaProps schema) {
    JSONSchemaPropsOrBool values = schema.getAdditionalProperties();
    return values == null ? null : values.getSchema();
  }
}
