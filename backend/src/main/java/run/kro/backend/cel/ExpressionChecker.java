package run.kro.backend.cel;

import dev.cel.bundle.Cel;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelReference;
import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import run.kro.backend.cel.library.RuntimeConditionsLibrary;

/**
 * Parses and type-checks one expression in an environment and names the variables it reads. An
 * expression may only read the variables its context allows ({@code allowed}); reading any other
 * declared variable is reported as an unknown identifier at the place it is read, as kro reports
 * it. Thread-safe.
 */
public final class ExpressionChecker {

  private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']+)'.*");
  private static final String SYNTAX_ERROR = "failed to parse expression: ";
  private static final String UNKNOWN_IDENTIFIERS = "references unknown identifiers: ";

  /** Checked ASTs from {@link #prepare}, per environment (by identity) and text. */
  private final Map<Cel, Map<String, CelAbstractSyntaxTree>> preparedAsts =
      Collections.synchronizedMap(new IdentityHashMap<>());

  /** The expression checked, or what is wrong with it. */
  public sealed interface Result permits Checked, Failed {}

  public record Checked(CompiledExpression expression) implements Result {}

  public record Failed(List<ExpressionIssue> issues) implements Result {

    public Failed {
      issues = List.copyOf(issues);
    }
  }

  /**
   * @param env the environment, declaring every variable of the graph
   * @param allowed the variables this context may read; others are reported as unknown identifiers
   */
  public Result check(Cel env, String text, Set<String> declared, Set<String> allowed) {
    return check(env, text, declared, allowed, name -> unknownIdentifiers(List.of(name)));
  }

  /**
   * Like {@link #check(Cel, String, Set, Set)}, naming the problem of an out-of-scope variable with
   * {@code outOfScope}.
   */
  public Result check(
      Cel env,
      String text,
      Set<String> declared,
      Set<String> allowed,
      Function<String, String> outOfScope) {
    CelAbstractSyntaxTree prepared = preparedAsts.getOrDefault(env, Map.of()).get(text);
    if (prepared != null) {
      return scoped(env, text, prepared, declared, allowed, outOfScope);
    }
    CelValidationResult parsed = env.parse(text);
    if (parsed.hasError()) {
      return new Failed(issues(parsed.getErrors(), text, SYNTAX_ERROR));
    }
    CelAbstractSyntaxTree ast;
    try {
      CelValidationResult checked = env.check(parsed.getAst());
      if (checked.hasError()) {
        return new Failed(
            ExtraLibraryCalls.explain(parsed.getAst(), issues(checked.getErrors(), text, "")));
      }
      ast = checked.getAst();
    } catch (CelValidationException e) {
      return new Failed(List.of(new ExpressionIssue(0, e.getMessage())));
    }
    return scoped(env, text, ast, declared, allowed, outOfScope);
  }

  /**
   * Type-checks {@code texts} together ahead of their {@link #check} calls, which then find them
   * done; cel-java rebuilds its checker environment on every check, so one pass for many
   * expressions is much cheaper. Texts that do not parse or check are left for {@code check} to
   * report. Call it for the expressions of one environment.
   */
  public void prepare(Cel env, Collection<String> texts) {
    List<String> parsable =
        texts.stream().distinct().filter(t -> !t.isBlank() && !env.parse(t).hasError()).toList();
    if (parsable.size() > 1) {
      preparedAsts
          .computeIfAbsent(env, e -> new ConcurrentHashMap<>())
          .putAll(BatchTypeCheck.check(env, parsable));
    }
  }

  private Result scoped(
      Cel env,
      String text,
      CelAbstractSyntaxTree ast,
      Set<String> declared,
      Set<String> allowed,
      Function<String, String> outOfScope) {
    Map<String, Integer> references = references(ast, declared);
    List<ExpressionIssue> problems = new ArrayList<>();
    references.forEach(
        (name, offset) -> {
          if (!allowed.contains(name)) {
            problems.add(new ExpressionIssue(offset, outOfScope.apply(name)));
          }
        });
    if (!problems.isEmpty()) {
      return new Failed(problems);
    }
    List<CelIssue> invalid = KroCelEnvironment.validate(ast);
    if (!invalid.isEmpty()) {
      return new Failed(issues(invalid, text, ""));
    }
    try {
      return new Checked(
          new CompiledExpression(
              text,
              ast,
              KroCelEnvironment.program(env, ast),
              ast.getResultType(),
              references.keySet()));
    } catch (CelEvaluationException e) {
      return new Failed(List.of(new ExpressionIssue(0, e.getMessage())));
    }
  }

  public static String unknownIdentifiers(List<String> names) {
    return UNKNOWN_IDENTIFIERS + names;
  }

  /** The declared variables an AST reads, each with the offset of its first use. */
  static Map<String, Integer> references(CelAbstractSyntaxTree ast, Set<String> declared) {
    Map<String, Integer> found = new TreeMap<>();
    Map<Long, Integer> positions = ast.getSource().getPositionsMap();
    for (Map.Entry<Long, CelReference> entry : ast.getReferenceMap().entrySet()) {
      CelReference reference = entry.getValue();
      if (reference.overloadIds().isEmpty() && declared.contains(reference.name())) {
        found.merge(reference.name(), positions.getOrDefault(entry.getKey(), 0), Math::min);
      }
    }
    return found;
  }

  private static List<ExpressionIssue> issues(List<CelIssue> errors, String text, String prefix) {
    List<ExpressionIssue> issues = new ArrayList<>();
    Set<String> undeclared = new TreeSet<>();
    for (CelIssue issue : errors) {
      int offset =
          issue.getSourceLocation().getLine() < 1
              ? 0
              : TextOffsets.offsetOf(
                  text, issue.getSourceLocation().getLine(), issue.getSourceLocation().getColumn());
      Matcher unknown = UNDECLARED.matcher(issue.getMessage());
      if (!unknown.matches()) {
        issues.add(new ExpressionIssue(offset, prefix + issue.getMessage()));
      } else if (unknown.group(1).equals(RuntimeConditionsLibrary.RECEIVER)) {
        // runtime.newCondition outside status.conditions: its map keys and function name are
        // unknown too; say why once.
        issues.removeIf(i -> i.message().startsWith(UNKNOWN_IDENTIFIERS));
        issues.add(
            new ExpressionIssue(
                offset, "runtime is only available in status.conditions expressions"));
        return issues;
      } else if (undeclared.add(unknown.group(1))) {
        issues.add(new ExpressionIssue(offset, unknownIdentifiers(List.of(unknown.group(1)))));
      }
    }
    return issues;
  }
}
