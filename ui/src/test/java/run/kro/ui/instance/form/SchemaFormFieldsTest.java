package run.kro.ui.instance.form;

import static org.assertj.core.api.Assertions.assertThat;
import static run.kro.ui.instance.form.FormInputs.byId;
import static run.kro.ui.instance.form.FormInputs.exists;
import static run.kro.ui.instance.form.FormInputs.showing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which inputs a schema gets: kinds, labels, required marks, help, defaults, and locks in EDIT
 * mode.
 */
class SchemaFormFieldsTest {

  private final JSONSchemaProps schema = FormSchemas.everyType();

  @Test
  void everyFieldGetsTheInputOfItsKindLabelledWithItsRawName() {
    SchemaForm form = new SchemaForm(schema, FormMode.CREATE);

    assertThat(byId(form, "field-spec.name", TextField.class).getLabel()).isEqualTo("name");
    assertThat(byId(form, "field-spec.replicas", TextField.class).getLabel()).isEqualTo("replicas");
    assertThat(byId(form, "field-spec.ratio", NumberField.class).getLabel()).isEqualTo("ratio");
    assertThat(byId(form, "field-spec.debug", Checkbox.class).getLabel()).isEqualTo("debug");
    Select<?> tier = byId(form, "field-spec.tier", Select.class);
    assertThat(tier.getListDataView().getItems().map(v -> ((JsonNode) v).asText()))
        .containsExactly("gold", "silver", "bronze");
    assertThat(byId(form, "field-spec.limits", Details.class).getSummaryText()).isEqualTo("limits");
    assertThat(byId(form, "field-spec.limits.maxPods", TextField.class).getLabel())
        .isEqualTo("maxPods");
    assertThat(byId(form, "field-spec.ports", Details.class).getSummaryText()).isEqualTo("ports");
    assertThat(byId(form, "field-spec.labels", Details.class).getSummaryText()).isEqualTo("labels");
    assertThat(byId(form, "field-spec.extra", TextArea.class).getHelperText())
        .isEqualTo("edit as YAML");
    assertThat(byId(form, "field-spec.matrix", TextArea.class).isReadOnly()).isTrue();
  }

  @Test
  void requiredFieldsAreMarkedAndDescriptionsAreHelp() {
    SchemaForm form = new SchemaForm(schema, FormMode.CREATE);

    TextField name = byId(form, "field-spec.name", TextField.class);
    assertThat(name.isRequiredIndicatorVisible()).isTrue();
    assertThat(name.getHelperText()).isEqualTo("Application name");
    assertThat(byId(form, "field-spec.replicas", TextField.class).isRequiredIndicatorVisible())
        .isFalse();
  }

  @Test
  void createModePrefillsDefaultsIncludingInsideADefaultedObject() {
    SchemaForm form = new SchemaForm(schema, FormMode.CREATE);

    assertThat(byId(form, "field-spec.replicas", TextField.class).getValue()).isEqualTo("2");
    assertThat(byId(form, "field-spec.ratio", NumberField.class).getValue()).isEqualTo(0.5);
    assertThat(byId(form, "field-spec.tier", Select.class).getValue())
        .isEqualTo(TextNode.valueOf("gold"));
    assertThat(byId(form, "field-spec.limits.cpu", TextField.class).getValue()).isEqualTo("500m");
    assertThat(byId(form, "field-spec.name", TextField.class).getValue()).isEmpty();
  }

  @Test
  void editModeShowsWhatTheSpecHoldsNotDefaults() {
    SchemaForm form = showing(schema, FormMode.EDIT, "name: shop");

    assertThat(byId(form, "field-spec.name", TextField.class).getValue()).isEqualTo("shop");
    assertThat(byId(form, "field-spec.replicas", TextField.class).getValue()).isEmpty();
    assertThat(byId(form, "field-spec.limits.cpu", TextField.class).getValue()).isEmpty();
  }

  @Test
  void editModeLocksImmutableFieldsAndSaysSo() {
    SchemaForm form = showing(schema, FormMode.EDIT, "{name: shop, owner: ada}");

    TextField owner = byId(form, "field-spec.owner", TextField.class);
    assertThat(owner.isReadOnly()).isTrue();
    assertThat(owner.getHelperText()).isEqualTo("immutable");
    assertThat(owner.getValue()).isEqualTo("ada");
    assertThat(byId(form, "field-spec.name", TextField.class).isReadOnly()).isFalse();
  }

  @Test
  void createModeLetsImmutableFieldsBeSet() {
    SchemaForm form = new SchemaForm(schema, FormMode.CREATE);

    assertThat(byId(form, "field-spec.owner", TextField.class).isReadOnly()).isFalse();
  }

  @Test
  void anImmutableArrayIsLockedWithItsRows() {
    JSONSchemaProps locked =
        FormSchemas.schema(
            """
        type: object
        properties:
          hosts:
            type: array
            items: {type: string}
            x-kubernetes-validations: [{rule: "self == oldSelf", message: "field is immutable"}]
        """);
    SchemaForm form = showing(locked, FormMode.EDIT, "hosts: [a.example.com]");

    assertThat(byId(form, "field-spec.hosts[0]", TextField.class).isReadOnly()).isTrue();
    assertThat(byId(form, "add-spec.hosts", Button.class).isVisible()).isFalse();
    assertThat(byId(form, "remove-spec.hosts[0]", Button.class).isVisible()).isFalse();
  }

  @Test
  void fieldsTheFormCannotShowAreListed() {
    SchemaForm form = new SchemaForm(schema, FormMode.CREATE);

    assertThat(form.unsupportedPaths()).containsExactly("spec.extra", "spec.matrix");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "examples/web-app/web-app.yaml",
        "examples/schema-only/schema-only.yaml",
        "examples/app-stack/app-stack.yaml",
        "examples/collection/collection.yaml"
      })
  void everyExampleGetsAnInputForEachOfItsFields(String example) {
    JSONSchemaProps spec = FormSchemas.specSchemaOf(example);
    SchemaForm form = new SchemaForm(spec, FormMode.CREATE);

    assertThat(spec.getProperties()).isNotEmpty();
    spec.getProperties()
        .keySet()
        .forEach(
            name ->
                assertThat(exists(form, "field-spec." + name))
                    .as("input for spec.%s in %s", name, example)
                    .isTrue());
    assertThat(form.unsupportedPaths()).isEmpty();
    assertThat(form.validate())
        .as("problems of %s", example)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.message()).contains("required"));
  }
}
