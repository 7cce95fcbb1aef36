package run.kro.backend.compile;

import java.util.List;
import run.kro.backend.api.FeatureGates;
import run.kro.backend.cel.CompiledExpression;
import run.kro.backend.cel.OmitCalls;
import run.kro.backend.source.FieldPath;

/**
 * Where {@code omit()} may be called: in the fields of resource templates and external references,
 * with the CELOmitFunction feature gate on. Never in includeWhen, readyWhen, forEach or status, and
 * never in a field that must have a value: {@code metadata.name}, and {@code metadata.namespace} of
 * a namespaced resource when the instance is cluster-scoped (a namespaced instance's children fall
 * back on its namespace).
 */
final class OmitRules {

  /** What a value's place allows. */
  enum Place {
    TEMPLATE_FIELD,
    REQUIRED_FIELD,
    NOT_A_TEMPLATE
  }

  static final String NOT_IN_TEMPLATE = "omit() can only be used in resource template expressions";
  static final String GATE_OFF =
      "omit() requires the "
          + FeatureGates.CEL_OMIT_FUNCTION
          + " feature gate to be "
          + "enabled: set kro.controller.feature-gates.cel-omit-function=true for the controller, or pass "
          + "--feature-gates="
          + FeatureGates.CEL_OMIT_FUNCTION
          + "=true to the kro command";

  private static final FieldPath NAME = FieldPath.of("metadata", "name");
  private static final FieldPath NAMESPACE = FieldPath.of("metadata", "namespace");

  private final boolean enabled;
  private final boolean instanceNamespaced;

  OmitRules(FeatureGates gates, boolean instanceNamespaced) {
    this.enabled = gates.celOmitFunction();
    this.instanceNamespaced = instanceNamespaced;
  }

  /** The place of field {@code path} (relative to its object) of {@code resource}. */
  Place fieldPlace(ResolvedResource resource, FieldPath path) {
    boolean required =
        path.equals(NAME)
            || (path.equals(NAMESPACE) && resource.namespaced() && !instanceNamespaced);
    return required ? Place.REQUIRED_FIELD : Place.TEMPLATE_FIELD;
  }

  /**
   * Whether {@code expression} calls {@code omit()} only where {@code where} allows it; if not, the
   * first call is reported at its character ({@code offset} is where the expression starts in the
   * value).
   */
  boolean check(CompiledExpression expression, int offset, Place where, ValuePlace place) {
    List<Integer> calls = OmitCalls.offsets(expression.ast());
    if (calls.isEmpty()) {
      return true;
    }
    String problem =
        switch (where) {
          case NOT_A_TEMPLATE -> NOT_IN_TEMPLATE;
          case REQUIRED_FIELD ->
              "omit() cannot be used at path \""
                  + place.printedPath()
                  + "\" — the field is required and must resolve to a concrete value";
          case TEMPLATE_FIELD -> enabled ? null : GATE_OFF;
        };
    if (problem != null) {
      place.error(offset + calls.get(0), problem);
    }
    return problem == null;
  }
}
