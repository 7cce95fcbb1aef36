package run.kro.backend.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.kro.backend.validation.SchemaValidator;
import run.kro.backend.validation.SchemaViolation;

class SchemaValidatorTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final SchemaValidator validator = new SchemaValidator();

  private final JSONSchemaProps schema =
      schema(
          """
      type: object
      required: [name]
      properties:
        name: {type: string, minLength: 2, maxLength: 5, pattern: '^[a-z]+$'}
        replicas: {type: integer, minimum: 1, maximum: 10}
        ratio: {type: number, exclusiveMaximum: true, maximum: 1}
        mode: {type: string, enum: [fast, slow]}
        port: {x-kubernetes-int-or-string: true}
        tags: {type: array, items: {type: string}, x-kubernetes-list-type: set, maxItems: 3}
        ports:
          type: array
          x-kubernetes-list-type: map
          x-kubernetes-list-map-keys: [name]
          items: {type: object, properties: {name: {type: string}, port: {type: integer}}}
        labels: {type: object, additionalProperties: {type: string}}
        free: {type: object, x-kubernetes-preserve-unknown-fields: true}
        metadata: {type: object}
        pair:
          type: object
          x-kubernetes-validations:
          - {rule: has(self.a) != has(self.b), message: exactly one of a or b}
          - {rule: self == oldSelf, message: immutable}
          properties: {a: {type: string}, b: {type: string}}
      """);

  @Test
  void acceptsAValidValue() {
    assertThat(
            validate(
                """
        name: web
        replicas: 3
        ratio: 0.5
        mode: fast
        port: http
        tags: [a, b]
        ports: [{name: http, port: 80}, {name: https, port: 443}]
        labels: {app: web}
        free: {anything: [1, {x: y}]}
        metadata: {name: x, labels: {a: b}}
        pair: {a: x}
        """))
        .isEmpty();
  }

  @Test
  void reportsEveryViolationWithItsPath() {
    List<SchemaViolation> violations =
        validate(
            """
        replicas: 0
        ratio: 1
        mode: medium
        port: 1.5
        tags: [a, a, b, c]
        ports: [{name: http}, {name: http}]
        labels: {app: 1}
        extra: true
        pair: {a: x, b: y}
        """);
    assertThat(violations)
        .extracting(v -> v.path() + ": " + v.message())
        .containsExactlyInAnyOrder(
            "name: required field \"name\" is missing",
            "replicas: must be greater than or equal to 1",
            "ratio: must be less than 1",
            "mode: unsupported value \"medium\": supported values are \"fast\", \"slow\"",
            "port: expected integer or string, got number 1.5",
            "tags: must have at most 3 items, has 4",
            "tags[1]: duplicate value \"a\"",
            "ports[1]: duplicate entry with key name=\"http\"",
            "labels.app: expected a string, got integer 1",
            "extra: unknown field \"extra\"",
            "pair: exactly one of a or b");
  }

  @Test
  void checksStringConstraints() {
    assertThat(validate("name: A"))
        .extracting(SchemaViolation::message)
        .containsExactlyInAnyOrder(
            "must be at least 2 characters long", "\"A\" does not match pattern ^[a-z]+$");
    assertThat(validate("name: abcdef"))
        .extracting(SchemaViolation::message)
        .containsExactly("must be at most 5 characters long");
  }

  @Test
  void treatsNullAsAbsent() {
    assertThat(validate("name: ab\nreplicas: null")).isEmpty();
    assertThat(validate("name: null"))
        .extracting(SchemaViolation::message)
        .containsExactly("required field \"name\" is missing");
  }

  @Test
  void doesNotDescendIntoAValueOfTheWrongType() {
    assertThat(validate("name: ab\nports: {name: x}"))
        .extracting(v -> v.path() + ": " + v.message())
        .containsExactly("ports: expected an array, got an object");
  }

  private List<SchemaViolation> validate(String yaml) {
    return validator.validate(schema, read(yaml));
  }

  private static JsonNode read(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static JSONSchemaProps schema(String yaml) {
    return YAML.convertValue(read(yaml), JSONSchemaProps.class);
  }
}
