package run.kro.backend.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.bundle.Cel;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.ValidationRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import run.kro.backend.cel.JsonCelValues;
import run.kro.backend.cel.KroCelEnvironment;
import run.kro.backend.source.FieldPath;

/**
 * Evaluates a schema node's {@code x-kubernetes-validations} CEL rules against a value, as the API
 * server does on create. Rules that read {@code oldSelf} are transition rules: without an old
 * object they do not apply. Compiled programs are cached by rule text; evaluation is thread-safe.
 */
final class ValidationRules {

  private static final String SELF = "self";
  private static final String OLD_SELF = "oldSelf";

  private final Cel cel =
      KroCelEnvironment.newBuilder()
          .addVar(SELF, SimpleType.DYN)
          .addVar(OLD_SELF, SimpleType.DYN)
          .setResultType(SimpleType.BOOL)
          .build();
  private final Map<String, Optional<CelRuntime.Program>> programs = new ConcurrentHashMap<>();

  /**
   * Adds a violation for every rule that does not hold. When the value already broke its schema
   * further down ({@code invalidInside}), a rule that cannot even be evaluated is not reported: the
   * earlier error explains it.
   */
  void check(
      JSONSchemaProps schema,
      JsonNode value,
      FieldPath path,
      boolean invalidInside,
      List<SchemaViolation> out) {
    List<ValidationRule> rules = schema.getXKubernetesValidations();
    if (rules == null || rules.isEmpty()) {
      return;
    }
    Object self = JsonCelValues.toCel(value);
    for (ValidationRule rule : rules) {
      if (rule.getRule() == null || rule.getRule().contains(OLD_SELF)) {
        continue;
      }
      Optional<CelRuntime.Program> program =
          programs.computeIfAbsent(rule.getRule(), this::compile);
      if (program.isEmpty()) {
        out.add(
            new SchemaViolation(
                path, "the schema's validation rule does not compile: " + rule.getRule()));
        continue;
      }
      try {
        if (!Boolean.TRUE.equals(program.get().eval(Map.of(SELF, self)))) {
          out.add(new SchemaViolation(path, messageOf(rule)));
        }
      } catch (CelEvaluationException e) {
        if (invalidInside) {
          continue;
        }
        out.add(
            new SchemaViolation(
                path, messageOf(rule) + " (rule could not be evaluated: " + e.getMessage() + ")"));
      }
    }
  }

  private Optional<CelRuntime.Program> compile(String rule) {
    CelValidationResult result = cel.compile(rule);
    if (result.hasError()) {
      return Optional.empty();
    }
    try {
      CelAbstractSyntaxTree ast = result.getAst();
      return Optional.of(KroCelEnvironment.program(cel, ast));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private static String messageOf(ValidationRule rule) {
    return rule.getMessage() == null || rule.getMessage().isEmpty()
        ? "failed rule: " + rule.getRule()
        : rule.getMessage();
  }
}
