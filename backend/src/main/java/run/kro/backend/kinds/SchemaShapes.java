package run.kro.backend.kinds;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrArray;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsOrBool;
import java.util.Map;

/** The few schema shapes the sources build again and again, spelled once. */
public final class SchemaShapes {

  static final String OBJECT = "object";
  static final String ARRAY = "array";
  static final String STRING = "string";
  static final String INTEGER = "integer";
  static final String NUMBER = "number";
  static final String BOOLEAN = "boolean";

  private SchemaShapes() {}

  static JSONSchemaProps scalar(String type, String format) {
    return new JSONSchemaPropsBuilder().withType(type).withFormat(format).build();
  }

  static JSONSchemaProps object(Map<String, JSONSchemaProps> properties) {
    return new JSONSchemaPropsBuilder().withType(OBJECT).withProperties(properties).build();
  }

  static JSONSchemaProps array(JSONSchemaProps items) {
    return new JSONSchemaPropsBuilder()
        .withType(ARRAY)
        .withItems(new JSONSchemaPropsOrArray(null, items))
        .build();
  }

  static JSONSchemaProps map(JSONSchemaProps values) {
    return new JSONSchemaPropsBuilder()
        .withType(OBJECT)
        .withAdditionalProperties(new JSONSchemaPropsOrBool(null, values))
        .build();
  }

  /** Any JSON value at all: the type checker treats it as dynamic. */
  static JSONSchemaProps anyValue() {
    return new JSONSchemaPropsBuilder().withXKubernetesPreserveUnknownFields(true).build();
  }

  /** An object whose fields are not known. */
  public static JSONSchemaProps anyObject() {
    return new JSONSchemaPropsBuilder()
        .withType(OBJECT)
        .withXKubernetesPreserveUnknownFields(true)
        .build();
  }

  static JSONSchemaProps intOrString() {
    return new JSONSchemaPropsBuilder().withXKubernetesIntOrString(true).build();
  }
}
