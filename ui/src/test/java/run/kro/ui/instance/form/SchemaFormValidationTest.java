package run.kro.ui.instance.form;

import static org.assertj.core.api.Assertions.assertThat;
import static run.kro.ui.instance.form.FormInputs.byId;
import static run.kro.ui.instance.form.FormInputs.click;
import static run.kro.ui.instance.form.FormInputs.showing;
import static run.kro.ui.instance.form.FormInputs.type;

import com.fasterxml.jackson.databind.node.TextNode;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import org.junit.jupiter.api.Test;

/**
 * {@link SchemaForm#validate()}: the backend's messages, paths from the instance root, and the
 * fields marked.
 */
class SchemaFormValidationTest {

  private final JSONSchemaProps schema = FormSchemas.everyType();

  @Test
  void aValidSpecHasNoProblems() {
    SchemaForm form =
        showing(
            schema,
            FormMode.CREATE,
            "{name: shop, ports: [{name: http, number: 80}], labels: {team: web}}");

    assertThat(form.validate()).isEmpty();
  }

  @Test
  void aMissingRequiredFieldIsReportedAndMarked() {
    SchemaForm form = new SchemaForm(schema, FormMode.CREATE);

    assertThat(form.validate())
        .containsExactly(new FormProblem("spec.name", "required field \"name\" is missing"));
    TextField name = byId(form, "field-spec.name", TextField.class);
    assertThat(name.isInvalid()).isTrue();
    assertThat(name.getErrorMessage()).isEqualTo("required field \"name\" is missing");
  }

  @Test
  void constraintsAreReportedWithThePathOfTheField() {
    SchemaForm form =
        showing(
            schema,
            FormMode.EDIT,
            """
        name: Sh
        replicas: 11
        tier: platinum
        limits: {maxPods: 0}
        ports: [{name: http, number: 80}, {name: HTTP2, number: 70000}, {number: 1}, {name: a, number: 2}]
        """);

    assertThat(form.validate())
        .containsExactlyInAnyOrder(
            new FormProblem("spec.name", "must be at least 3 characters long"),
            new FormProblem("spec.name", "\"Sh\" does not match pattern ^[a-z]+$"),
            new FormProblem("spec.replicas", "must be less than or equal to 10"),
            new FormProblem(
                "spec.tier",
                "unsupported value \"platinum\": supported values are \"gold\", \"silver\", \"bronze\""),
            new FormProblem("spec.limits.maxPods", "must be greater than or equal to 1"),
            new FormProblem("spec.ports", "must have at most 3 items, has 4"),
            new FormProblem("spec.ports[1].name", "\"HTTP2\" does not match pattern ^[a-z]+$"),
            new FormProblem("spec.ports[1].number", "must be less than or equal to 65535"),
            new FormProblem("spec.ports[2].name", "required field \"name\" is missing"));

    assertThat(byId(form, "field-spec.name", TextField.class).getErrorMessage())
        .isEqualTo("must be at least 3 characters long; \"Sh\" does not match pattern ^[a-z]+$");
    assertThat(byId(form, "field-spec.ports[1].number", TextField.class).isInvalid()).isTrue();
    assertThat(byId(form, "field-spec.ports[0].number", TextField.class).isInvalid()).isFalse();
    assertThat(byId(form, "field-spec.tier", Select.class).isInvalid()).isTrue();
    assertThat(byId(form, "problem-spec.ports", Span.class).getText())
        .isEqualTo("must have at most 3 items, has 4");
  }

  @Test
  void textInAnIntegerFieldIsATypeProblem() {
    SchemaForm form = showing(schema, FormMode.CREATE, "{name: shop}");

    type(form, "field-spec.replicas", "3x");

    assertThat(form.validate())
        .containsExactly(
            new FormProblem("spec.replicas", "expected an integer, got string \"3x\""));
  }

  @Test
  void exclusiveBoundsAreChecked() {
    JSONSchemaProps bounded =
        FormSchemas.schema(
            """
        type: object
        properties:
          weight: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true}
        """);
    SchemaForm form = new SchemaForm(bounded, FormMode.CREATE);

    byId(form, "field-spec.weight", NumberField.class).setValue(0.0);
    assertThat(form.validate())
        .containsExactly(new FormProblem("spec.weight", "must be greater than 0"));
    byId(form, "field-spec.weight", NumberField.class).setValue(1.0);
    assertThat(form.validate())
        .containsExactly(new FormProblem("spec.weight", "must be less than 1"));
    byId(form, "field-spec.weight", NumberField.class).setValue(0.5);
    assertThat(form.validate()).isEmpty();
  }

  @Test
  void minItemsAndValidationRulesComeFromTheSchema() {
    JSONSchemaProps ruled =
        FormSchemas.schema(
            """
        type: object
        properties:
          hosts: {type: array, minItems: 2, items: {type: string}}
          range:
            type: object
            properties: {low: {type: integer}, high: {type: integer}}
            x-kubernetes-validations: [{rule: "self.low <= self.high", message: "low must not exceed high"}]
        """);
    SchemaForm form = showing(ruled, FormMode.EDIT, "{hosts: [a], range: {low: 5, high: 1}}");

    assertThat(form.validate())
        .containsExactlyInAnyOrder(
            new FormProblem("spec.hosts", "must have at least 2 items, has 1"),
            new FormProblem("spec.range", "low must not exceed high"));
    assertThat(byId(form, "problem-spec.range", Span.class).getText())
        .isEqualTo("low must not exceed high");
    assertThat(byId(form, "field-spec.range", Details.class).isOpened()).isTrue();
  }

  @Test
  void unknownFieldsAreReportedOnTheirParent() {
    SchemaForm form = showing(schema, FormMode.EDIT, "{name: shop, limits: {burst: true}}");

    assertThat(form.validate())
        .containsExactly(new FormProblem("spec.limits.burst", "unknown field \"burst\""));
    assertThat(byId(form, "problem-spec.limits", Span.class).getText())
        .isEqualTo("burst: unknown field \"burst\"");
  }

  @Test
  void aChangeMarksOnlyTheFieldsTheUserTouched() {
    SchemaForm form = new SchemaForm(schema, FormMode.CREATE);
    TextField replicas = byId(form, "field-spec.replicas", TextField.class);

    replicas.setValue("0");

    assertThat(replicas.isInvalid()).isTrue();
    assertThat(replicas.getErrorMessage()).isEqualTo("must be greater than or equal to 1");
    assertThat(byId(form, "field-spec.name", TextField.class).isInvalid())
        .as("untouched required field")
        .isFalse();
    replicas.setValue("1");
    assertThat(replicas.isInvalid()).isFalse();
  }

  @Test
  void afterValidateEveryChangeRechecksTheWholeForm() {
    SchemaForm form = new SchemaForm(schema, FormMode.CREATE);
    form.validate();
    TextField name = byId(form, "field-spec.name", TextField.class);
    assertThat(name.isInvalid()).isTrue();

    name.setValue("shop");
    assertThat(name.isInvalid()).isFalse();
    @SuppressWarnings("unchecked")
    Select<Object> tier = byId(form, "field-spec.tier", Select.class);
    tier.setValue(TextNode.valueOf("silver"));
    type(form, "field-spec.limits.maxPods", "0");
    assertThat(byId(form, "field-spec.limits.maxPods", TextField.class).isInvalid()).isTrue();
  }

  @Test
  void mapRowsWithoutKeysOrWithRepeatedKeysAreProblems() {
    SchemaForm form = showing(schema, FormMode.EDIT, "{name: shop, labels: {team: web}}");

    click(form, "add-spec.labels");
    type(form, "field-spec.labels[1]", "orphan");
    click(form, "add-spec.labels");
    type(form, "key-spec.labels[2]", "team");

    assertThat(form.validate())
        .containsExactly(
            new FormProblem("spec.labels", "row 2: a key is required"),
            new FormProblem("spec.labels", "duplicate key \"team\""));
    assertThat(byId(form, "key-spec.labels[2]", TextField.class).getErrorMessage())
        .isEqualTo("duplicate key \"team\"");
    assertThat(form.value().get("labels")).isEqualTo(FormSchemas.spec("{team: web}"));
  }
}
