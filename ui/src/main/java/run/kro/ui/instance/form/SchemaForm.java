package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import run.kro.backend.source.FieldPath;
import run.kro.backend.validation.SchemaValidator;
import run.kro.backend.validation.SchemaViolation;

/**
 * A form for an instance's {@code spec}, generated from the CRD's OpenAPI v3 schema of {@code
 * spec}. Every input has the raw field name as its label and the id {@code field-<path>} (e.g.
 * {@code field-spec.replicas}).
 *
 * <p>Values are checked with the backend's {@link SchemaValidator}, the same rules the API server
 * applies; after a user change only the fields the user touched show problems, after {@link
 * #validate()} all do. Values the form cannot show ({@link #unsupportedPaths()}) or does not know
 * are kept: {@code setValue} then {@code value()} returns the same spec.
 */
public class SchemaForm extends Composite<Div> {

  private static final String ROOT = "spec";
  private static final SchemaValidator VALIDATOR = new SchemaValidator();

  private final JSONSchemaProps schema;
  private final FormMode mode;
  private final FieldEditor root;
  private final List<String> unsupported;
  private boolean showAll;

  public SchemaForm(JSONSchemaProps specSchema, FormMode mode) {
    this.schema = Objects.requireNonNull(specSchema, "the spec schema");
    this.mode = Objects.requireNonNull(mode, "the form mode");
    FormContext context = new FormContext(mode, this::userChanged);
    this.root = new EditorFactory().createRoot(FieldSpec.root(ROOT, specSchema, context));
    this.unsupported = UnsupportedFields.of(specSchema, ROOT);
    getContent().add(root.component());
    getContent().setWidthFull();
    root.read(null);
  }

  /**
   * Shows a spec; in CREATE mode fields it lacks show their defaults. Clears the problems shown.
   */
  public void setValue(ObjectNode spec) {
    showAll = false;
    root.read(spec);
    root.clearMarks();
  }

  /**
   * The spec as JSON: fields left empty are omitted, unknown and unsupported values are kept as
   * read.
   */
  public ObjectNode value() {
    return root.write()
        .filter(JsonNode::isObject)
        .map(ObjectNode.class::cast)
        .orElseGet(JsonNodeFactory.instance::objectNode);
  }

  /**
   * Checks the whole spec, marks every offending field with its message and returns the problems.
   */
  public List<FormProblem> validate() {
    showAll = true;
    return check();
  }

  /**
   * Fields shown read-only and edited as YAML; {@code [*]} stands for every row of an array or map.
   */
  public List<String> unsupportedPaths() {
    return unsupported;
  }

  public FormMode mode() {
    return mode;
  }

  public Registration addSpecChangeListener(ComponentEventListener<SpecChangeEvent> listener) {
    return addListener(SpecChangeEvent.class, listener);
  }

  private void userChanged() {
    check();
    fireEvent(new SpecChangeEvent(this));
  }

  private List<FormProblem> check() {
    root.clearMarks();
    List<FormProblem> problems = new ArrayList<>();
    root.checkInput(showAll, problems);
    for (SchemaViolation violation : VALIDATOR.validate(schema, value())) {
      problems.add(
          new FormProblem(
              FieldPath.of(ROOT).resolve(violation.path()).toString(), violation.message()));
      show(violation);
    }
    return List.copyOf(problems);
  }

  /**
   * Marks the deepest editor on the violation's path; a message about a part it has no editor for
   * names that part.
   */
  private void show(SchemaViolation violation) {
    FieldEditor target = root;
    List<FieldPath.Segment> segments = violation.path().segments();
    int depth = 0;
    while (depth < segments.size()) {
      Optional<FieldEditor> next = target.child(segments.get(depth));
      if (next.isEmpty()) {
        break;
      }
      target = next.get();
      depth++;
    }
    if (!showAll && !target.touched()) {
      return;
    }
    FieldPath rest = new FieldPath(segments.subList(depth, segments.size()));
    target.mark(rest.isRoot() ? violation.message() : rest + ": " + violation.message());
  }
}
