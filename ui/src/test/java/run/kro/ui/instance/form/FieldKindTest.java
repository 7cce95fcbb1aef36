package run.kro.ui.instance.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which schema nodes the form can show, and which it keeps for YAML. */
class FieldKindTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{type: string}                                                         | STRING",
        "{type: string, format: date-time}                                      | STRING",
        "{type: integer, format: int64}                                         | INTEGER",
        "{type: number}                                                         | NUMBER",
        "{type: boolean}                                                        | BOOLEAN",
        "{type: string, enum: [a, b]}                                           | ENUM",
        "{type: integer, enum: [1, 2]}                                          | ENUM",
        "{type: object, properties: {a: {type: string}}}                        | OBJECT",
        "{type: object}                                                         | OBJECT",
        "{type: object, additionalProperties: {type: string}}                   | MAP",
        "{type: object, additionalProperties: {type: object, properties: {a: {type: string}}}} | MAP",
        "{type: array, items: {type: string}}                                   | ARRAY",
        "{type: array, items: {type: object, properties: {a: {type: integer}}}} | ARRAY",
        "{x-kubernetes-int-or-string: true}                                     | UNSUPPORTED",
        "{type: object, x-kubernetes-preserve-unknown-fields: true}             | UNSUPPORTED",
        "{type: object, additionalProperties: true}                             | UNSUPPORTED",
        "{type: object, additionalProperties: {x-kubernetes-int-or-string: true}} | UNSUPPORTED",
        "{type: array, items: {type: array, items: {type: string}}}             | UNSUPPORTED",
        "{type: array}                                                          | UNSUPPORTED",
        "{}                                                                     | UNSUPPORTED"
      })
  void kindOf(String yaml, FieldKind expected) {
    JSONSchemaProps schema = FormSchemas.schema(yaml);

    assertThat(FieldKind.of(schema)).isEqualTo(expected);
  }
}
