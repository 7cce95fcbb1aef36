package run.kro.backend.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import org.junit.jupiter.api.Test;

class SchemaDefaultsTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final JSONSchemaProps schema =
      read(
          """
      type: object
      properties:
        replicas: {type: integer, default: 1}
        ingress:
          type: object
          default: {}
          properties:
            enabled: {type: boolean, default: false}
            host: {type: string, default: example.com}
        ports:
          type: array
          items:
            type: object
            properties:
              port: {type: integer, default: 80}
        limits:
          type: object
          additionalProperties:
            type: object
            properties:
              unit: {type: string, default: Mi}
        plain:
          type: object
          properties:
            x: {type: string, default: y}
      """,
          JSONSchemaProps.class);

  @Test
  void fillsMissingFieldsAndDescendsIntoDefaultedObjects() {
    JsonNode input = read("{ports: [{}, {port: 443}], limits: {cpu: {}}}", JsonNode.class);
    JsonNode defaulted = SchemaDefaults.apply(schema, input);
    assertThat(defaulted)
        .isEqualTo(
            read(
                """
        replicas: 1
        ingress: {enabled: false, host: example.com}
        ports: [{port: 80}, {port: 443}]
        limits: {cpu: {unit: Mi}}
        """,
                JsonNode.class));
    assertThat(input.has("replicas")).as("the input is not changed").isFalse();
  }

  @Test
  void keepsGivenValuesAndLeavesObjectsWithoutDefaultAbsent() {
    JsonNode defaulted =
        SchemaDefaults.apply(
            schema, read("{replicas: 3, ingress: {host: shop.example.com}}", JsonNode.class));
    assertThat(defaulted.get("replicas").asInt()).isEqualTo(3);
    assertThat(defaulted.get("ingress"))
        .isEqualTo(read("{enabled: false, host: shop.example.com}", JsonNode.class));
    assertThat(defaulted.has("plain")).isFalse();
  }

  private static <T> T read(String yaml, Class<T> type) {
    try {
      return YAML.readValue(yaml, type);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
