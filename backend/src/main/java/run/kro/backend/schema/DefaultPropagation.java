package run.kro.backend.schema;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;

/**
 * An object with no required fields and at least one defaulted child gets {@code default: {}}
 * itself, so that the API server creates it and its children's defaults apply even when the user
 * leaves the whole object out (kro #9, #167). Objects with required fields never do: an empty
 * object would be invalid.
 */
final class DefaultPropagation {

  private DefaultPropagation() {}

  static void apply(JSONSchemaProps object) {
    boolean hasRequired = object.getRequired() != null && !object.getRequired().isEmpty();
    boolean hasDefaultedChild =
        object.getProperties() != null
            && object.getProperties().values().stream().anyMatch(p -> p.getDefault() != null);
    if (!hasRequired && hasDefaultedChild && object.getDefault() == null) {
      object.setDefault(JsonNodeFactory.instance.objectNode());
    }
  }
}
