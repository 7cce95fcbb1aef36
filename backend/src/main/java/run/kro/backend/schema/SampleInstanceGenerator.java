package run.kro.backend.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.Map;
import run.kro.backend.openapi.SchemaDefaults;

/**
 * A sample instance of a generated API: apiVersion, kind, a name, and a spec holding every default
 * the schema defines plus a placeholder for each required field without one (the first enum value,
 * the minimum, the shortest string the field allows, or an empty value of its type), so a user can
 * start from it.
 */
public final class SampleInstanceGenerator {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  public ObjectNode generate(CustomResourceDefinition crd) {
    CustomResourceDefinitionVersion version = crd.getSpec().getVersions().get(0);
    JSONSchemaProps spec = version.getSchema().getOpenAPIV3Schema().getProperties().get("spec");
    ObjectNode instance = NODES.objectNode();
    instance.put("apiVersion", crd.getSpec().getGroup() + "/" + version.getName());
    instance.put("kind", crd.getSpec().getNames().getKind());
    ObjectNode metadata = instance.putObject("metadata");
    metadata.put("name", "my-" + crd.getSpec().getNames().getSingular());
    if ("Namespaced".equals(crd.getSpec().getScope())) {
      metadata.put("namespace", "default");
    }
    instance.set("spec", SchemaDefaults.apply(spec, requiredPlaceholders(spec)));
    return instance;
  }

  /** An object holding a placeholder for every required field, recursively. */
  private static ObjectNode requiredPlaceholders(JSONSchemaProps object) {
    ObjectNode node = NODES.objectNode();
    if (object.getRequired() == null || object.getProperties() == null) {
      return node;
    }
    Map<String, JSONSchemaProps> properties = object.getProperties();
    for (String field : object.getRequired()) {
      JSONSchemaProps schema = properties.get(field);
      if (schema != null && schema.getDefault() == null) {
        node.set(field, placeholder(schema));
      }
    }
    return node;
  }

  private static JsonNode placeholder(JSONSchemaProps schema) {
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return schema.getEnum().get(0).deepCopy();
    }
    String type = schema.getType() == null ? "object" : schema.getType();
    return switch (type) {
      case "string" ->
          NODES.textNode(
              "x".repeat(schema.getMinLength() == null ? 0 : schema.getMinLength().intValue()));
      case "integer" ->
          NODES.numberNode(
              schema.getMinimum() == null ? 0L : (long) Math.ceil(schema.getMinimum()));
      case "number" -> NODES.numberNode(schema.getMinimum() == null ? 0.0 : schema.getMinimum());
      case "boolean" -> NODES.booleanNode(false);
      case "array" -> NODES.arrayNode();
      default -> requiredPlaceholders(schema);
    };
  }
}
