package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.ValidationRule;
import java.util.List;
import java.util.Optional;
import run.kro.backend.source.FieldPath;

/**
 * One field as an editor sees it: its name (the label), its path from the instance root (for ids),
 * its schema, whether its parent requires it and whether it is locked (immutable in EDIT mode,
 * itself or through a parent).
 */
record FieldSpec(
    String name,
    FieldPath path,
    JSONSchemaProps schema,
    boolean required,
    boolean locked,
    FormContext context) {

  /** The rule kro's SimpleSchema marker {@code immutable=true} generates. */
  private static final String IMMUTABLE_RULE = "self==oldSelf";

  static FieldSpec root(String name, JSONSchemaProps schema, FormContext context) {
    return new FieldSpec(
        name, FieldPath.of(name), schema, true, lockedIn(context, schema), context);
  }

  FieldSpec property(String child, JSONSchemaProps childSchema, boolean childRequired) {
    return new FieldSpec(
        child,
        path.field(child),
        childSchema,
        childRequired,
        locked || lockedIn(context, childSchema),
        context);
  }

  /**
   * A row of an array or a map: labelled {@code name[index]}; a row that exists must hold a value.
   */
  FieldSpec row(int index, String label, JSONSchemaProps rowSchema) {
    return new FieldSpec(
        label, path.index(index), rowSchema, true, locked || lockedIn(context, rowSchema), context);
  }

  /** The id an input carries, derived from its path, e.g. {@code field-spec.ports[1].name}. */
  String id() {
    return "field-" + path;
  }

  Optional<String> description() {
    return Optional.ofNullable(schema.getDescription()).filter(d -> !d.isBlank());
  }

  FormMode mode() {
    return context.mode();
  }

  /**
   * The value to show: the given one when present, else the schema's default when creating, else
   * null.
   */
  JsonNode orInitial(JsonNode value) {
    if (value != null && !value.isMissingNode() && !value.isNull()) {
      return value;
    }
    if (context.mode() == FormMode.CREATE
        && schema.getDefault() != null
        && !schema.getDefault().isNull()) {
      return schema.getDefault().deepCopy();
    }
    return null;
  }

  static boolean isImmutable(JSONSchemaProps schema) {
    List<ValidationRule> rules = schema == null ? null : schema.getXKubernetesValidations();
    return rules != null
        && rules.stream()
            .anyMatch(
                r ->
                    r.getRule() != null
                        && r.getRule().replaceAll("\\s", "").equals(IMMUTABLE_RULE));
  }

  private static boolean lockedIn(FormContext context, JSONSchemaProps schema) {
    return context.mode() == FormMode.EDIT && isImmutable(schema);
  }
}
