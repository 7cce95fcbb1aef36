package run.kro.backend.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * The generated API: its kind, version and group, the instance spec and custom types in
 * SimpleSchema, and the status fields as CEL expressions. The JSON trees are never modified after
 * reading; code that needs to change one copies it.
 */
public record Schema(
    String kind,
    String apiVersion,
    String group,
    Scope scope,
    JsonNode spec,
    JsonNode types,
    JsonNode status,
    List<PrinterColumn> additionalPrinterColumns,
    List<String> shortNames,
    List<String> categories,
    SchemaMetadata metadata) {

  public static final String DEFAULT_GROUP = "kro.run";

  public Schema {
    group = group == null || group.isEmpty() ? DEFAULT_GROUP : group;
    scope = scope == null ? Scope.Namespaced : scope;
    spec = orEmpty(spec);
    types = orEmpty(types);
    status = orEmpty(status);
    additionalPrinterColumns =
        additionalPrinterColumns == null ? List.of() : List.copyOf(additionalPrinterColumns);
    shortNames = shortNames == null ? List.of() : List.copyOf(shortNames);
    categories = categories == null ? List.of() : List.copyOf(categories);
    metadata = metadata == null ? SchemaMetadata.EMPTY : metadata;
  }

  private static JsonNode orEmpty(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode()
        ? JsonNodeFactory.instance.objectNode()
        : node;
  }
}
