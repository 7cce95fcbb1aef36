package run.kro.ui.instance.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;

/** Unsupported fields are listed with their paths, shown read-only, and their values kept. */
class UnsupportedFieldsTest {

  private static final String SCHEMA =
      """
      type: object
      properties:
        port: {x-kubernetes-int-or-string: true}
        plain: {type: string}
        rules:
          type: array
          items:
            type: object
            properties:
              match: {type: object, x-kubernetes-preserve-unknown-fields: true}
        "a.b": {type: array, items: {type: array, items: {type: integer}}}
      """;

  @Test
  void pathsNameRowsWithAStar() {
    assertThat(UnsupportedFields.of(FormSchemas.schema(SCHEMA), "spec"))
        .containsExactly("spec.port", "spec.rules[*].match", "spec[\"a.b\"]");
  }

  @Test
  void valuesUnderUnsupportedFieldsAreShownAndKept() {
    SchemaForm form = new SchemaForm(FormSchemas.schema(SCHEMA), FormMode.EDIT);
    var spec =
        FormSchemas.spec(
            "{port: http, rules: [{match: {path: /a, any: [1]}}], \"a.b\": [[1, 2]], plain: x}");
    form.setValue(spec.deepCopy());

    assertThat(form.value()).isEqualTo(spec);
    assertThat(FormInputs.byId(form, "field-spec.port", TextArea.class).getValue())
        .isEqualTo("\"http\"");
    assertThat(FormInputs.byId(form, "field-spec.rules[0].match", TextArea.class).isReadOnly())
        .isTrue();
  }
}
