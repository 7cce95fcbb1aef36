package run.kro.backend.schema;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.List;
import java.util.Set;

/**
 * The {@code listType}, {@code uniqueItems} and {@code listMapKey} markers, which all set how a
 * list merges.
 */
final class ListTypes {

  static final String SET = "set";
  static final String MAP = "map";
  private static final Set<String> LIST_TYPES = Set.of("atomic", SET, MAP);

  private ListTypes() {}

  static void setListType(JSONSchemaProps schema, String listType) throws SchemaException {
    if (!"array".equals(schema.getType())) {
      throw new SchemaException(
          "listType marker is only valid for array types, got type: " + schema.getType());
    }
    if (!LIST_TYPES.contains(listType)) {
      throw new SchemaException(
          "invalid listType \"" + listType + "\": must be one of atomic, set, map");
    }
    String existing = schema.getXKubernetesListType();
    if (existing != null && !existing.equals(listType)) {
      throw new SchemaException(
          "listType attempting to overwrite "
              + existing
              + " type of "
              + existing
              + ", with "
              + listType
              + " (uniqueItems=true means listType=set)");
    }
    schema.setXKubernetesListType(listType);
  }

  static void addMapKey(List<String> keys, String key) throws SchemaException {
    if (key.isEmpty()) {
      throw new SchemaException("listMapKey marker value cannot be empty");
    }
    if (keys.contains(key)) {
      throw new SchemaException("duplicate listMapKey \"" + key + "\"");
    }
    keys.add(key);
  }

  /**
   * Map keys need {@code listType=map}; checked once every marker is applied, whatever their order.
   */
  static void applyMapKeys(JSONSchemaProps schema, List<String> keys) throws SchemaException {
    if (keys.isEmpty()) {
      return;
    }
    String listType = schema.getXKubernetesListType();
    if (!MAP.equals(listType)) {
      throw new SchemaException(
          "listMapKey set while listType is "
              + (listType == null ? "unset" : listType)
              + ", listType must be set to map");
    }
    schema.setXKubernetesListMapKeys(List.copyOf(keys));
  }
}
