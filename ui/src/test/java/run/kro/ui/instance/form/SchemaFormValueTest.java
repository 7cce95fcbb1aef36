package run.kro.ui.instance.form;

import static org.assertj.core.api.Assertions.assertThat;
import static run.kro.ui.instance.form.FormInputs.byId;
import static run.kro.ui.instance.form.FormInputs.click;
import static run.kro.ui.instance.form.FormInputs.exists;
import static run.kro.ui.instance.form.FormInputs.showing;
import static run.kro.ui.instance.form.FormInputs.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What {@link SchemaForm#value()} returns: edits, defaults, rows, and everything read that the form
 * does not know.
 */
class SchemaFormValueTest {

  private final JSONSchemaProps schema = FormSchemas.everyType();

  @Test
  void aFullSpecWithUnknownAndUnsupportedValuesRoundTripsUnchanged() {
    ObjectNode spec =
        FormSchemas.spec(
            """
        name: shop
        tier: silver
        replicas: 3
        ratio: 0.25
        debug: true
        owner: ada
        limits: {cpu: "1", maxPods: 9000000000, burst: true}
        ports: [{name: http, number: 80, protocol: TCP}, {name: metrics, number: 9090}]
        labels: {team: web, "app.kubernetes.io/name": shop}
        tags: [a, b]
        extra: {anything: [1, {deep: true}]}
        matrix: [[a, b], [c]]
        notInSchema: {kept: 1}
        """);
    for (FormMode mode : FormMode.values()) {
      SchemaForm form = new SchemaForm(schema, mode);
      form.setValue(spec.deepCopy());

      assertThat(form.value()).as("value in %s mode", mode).isEqualTo(spec);
    }
  }

  @Test
  void valuesOfTheWrongTypeSurviveARoundTrip() {
    ObjectNode spec =
        FormSchemas.spec(
            """
        name: 42
        replicas: three
        ratio: lots
        debug: "yes"
        tier: platinum
        limits: none
        ports: {http: 80}
        labels: [a]
        """);
    SchemaForm form = new SchemaForm(schema, FormMode.EDIT);
    form.setValue(spec.deepCopy());

    assertThat(form.value()).isEqualTo(spec);
    assertThat(byId(form, "field-spec.replicas", TextField.class).getValue()).isEqualTo("three");
  }

  @Test
  void anEmptyCreateFormHoldsTheDefaultsOnly() {
    SchemaForm form = new SchemaForm(schema, FormMode.CREATE);

    assertThat(form.value())
        .isEqualTo(
            FormSchemas.spec(
                "{tier: gold, replicas: 2, ratio: 0.5, debug: false, limits: {cpu: 500m}}"));
  }

  @Test
  void anEmptyEditFormHoldsNothing() {
    SchemaForm form = showing(schema, FormMode.EDIT, "{}");

    assertThat(form.value()).isEqualTo(FormSchemas.spec("{}"));
  }

  @Test
  void editsAreWrittenWithTheirSchemaTypes() {
    SchemaForm form = showing(schema, FormMode.EDIT, "{}");

    type(form, "field-spec.name", "shop");
    type(form, "field-spec.replicas", "4");
    type(form, "field-spec.limits.maxPods", "9000000000");
    byId(form, "field-spec.ratio", NumberField.class).setValue(1.5);
    byId(form, "field-spec.debug", Checkbox.class).setValue(true);
    @SuppressWarnings("unchecked")
    Select<Object> tier = byId(form, "field-spec.tier", Select.class);
    tier.setValue(TextNode.valueOf("bronze"));

    assertThat(form.value())
        .isEqualTo(
            FormSchemas.spec(
                "{name: shop, replicas: 4, limits: {maxPods: 9000000000}, ratio: 1.5, debug: true, tier: bronze}"));
    assertThat(form.value().get("limits").get("maxPods").longValue()).isEqualTo(9_000_000_000L);
  }

  @Test
  void clearingAFieldOmitsIt() {
    SchemaForm form = showing(schema, FormMode.EDIT, "{name: shop, replicas: 3}");

    byId(form, "field-spec.replicas", TextField.class).clear();

    assertThat(form.value()).isEqualTo(FormSchemas.spec("{name: shop}"));
  }

  @Test
  void addingAndRemovingArrayRowsChangesTheValue() {
    SchemaForm form =
        showing(
            schema,
            FormMode.EDIT,
            "{tags: [a, b, c], ports: [{name: http, number: 80, protocol: TCP}]}");

    click(form, "remove-spec.tags[1]");
    assertThat(form.value().get("tags")).isEqualTo(FormSchemas.spec("{t: [a, c]}").get("t"));
    assertThat(byId(form, "field-spec.tags[1]", TextField.class).getValue()).isEqualTo("c");
    assertThat(exists(form, "field-spec.tags[2]")).isFalse();

    click(form, "add-spec.ports");
    type(form, "field-spec.ports[1].name", "metrics");
    type(form, "field-spec.ports[1].number", "9090");
    assertThat(form.value().get("ports"))
        .isEqualTo(
            FormSchemas.spec(
                    "{p: [{name: http, number: 80, protocol: TCP}, {name: metrics, number: 9090}]}")
                .get("p"));

    click(form, "remove-spec.ports[0]");
    assertThat(form.value().get("ports"))
        .isEqualTo(FormSchemas.spec("{p: [{name: metrics, number: 9090}]}").get("p"));
  }

  @Test
  void mapRowsAreKeysAndValues() {
    SchemaForm form = showing(schema, FormMode.EDIT, "{labels: {team: web, tier: front}}");

    click(form, "add-spec.labels");
    type(form, "key-spec.labels[2]", "owner");
    type(form, "field-spec.labels[2]", "ada");
    click(form, "remove-spec.labels[0]");
    type(form, "key-spec.labels[0]", "layer");

    assertThat(form.value().get("labels"))
        .isEqualTo(FormSchemas.spec("{layer: front, owner: ada}"));
  }

  @Test
  void userChangesAreAnnounced() {
    SchemaForm form = new SchemaForm(schema, FormMode.CREATE);
    AtomicInteger changes = new AtomicInteger();
    form.addSpecChangeListener(e -> changes.incrementAndGet());

    form.setValue(FormSchemas.spec("{name: shop, tier: platinum, tags: [a]}"));
    form.setValue(FormSchemas.spec("{name: shop, tier: silver}"));
    assertThat(changes).hasValue(0);
    type(form, "field-spec.name", "store");
    click(form, "add-spec.tags");

    assertThat(changes).hasValue(2);
  }
}
