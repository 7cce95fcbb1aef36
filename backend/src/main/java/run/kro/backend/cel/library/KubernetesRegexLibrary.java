package run.kro.backend.cel.library;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Kubernetes' {@code <string>.find(regex)} (the first match, or {@code ""}) and {@code
 * <string>.findAll(regex[, n])} (every match, at most {@code n} when {@code n >= 0}), with RE2
 * syntax as Go's {@code regexp} has it (re2j is its Java port). Empty matches count as Go counts
 * them: not right after another match, so {@code "123 abc".findAll('[0-9]*')} is {@code ["123", "",
 * "", ""]}. A literal pattern that does not compile is refused when the expression is compiled; one
 * computed at run time fails there ("Illegal regex: ...").
 */
public final class KubernetesRegexLibrary implements KroLibrary {

  private static final Set<String> FUNCTIONS = Set.of("find", "findAll");

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        CelFunctionDecl.newFunctionDeclaration(
            "find",
            CelOverloadDecl.newMemberOverload(
                "string_find_string", SimpleType.STRING, SimpleType.STRING, SimpleType.STRING)),
        CelFunctionDecl.newFunctionDeclaration(
            "findAll",
            CelOverloadDecl.newMemberOverload(
                "string_find_all_string",
                ListType.create(SimpleType.STRING),
                SimpleType.STRING,
                SimpleType.STRING),
            CelOverloadDecl.newMemberOverload(
                "string_find_all_string_int",
                ListType.create(SimpleType.STRING),
                SimpleType.STRING,
                SimpleType.STRING,
                SimpleType.INT)));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    runtime.addFunctionBindings(
        CelFunctionBinding.from(
            "string_find_string", String.class, String.class, KubernetesRegexLibrary::find),
        CelFunctionBinding.from(
            "string_find_all_string",
            String.class,
            String.class,
            (text, regex) -> findAll(text, regex, -1)),
        CelFunctionBinding.from(
            "string_find_all_string_int",
            List.of(String.class, String.class, Long.class),
            args -> findAll((String) args[0], (String) args[1], (Long) args[2])));
  }

  static String find(String text, String regex) throws CelEvaluationException {
    Matcher matcher = compile(regex).matcher(text);
    return matcher.find() ? matcher.group() : "";
  }

  /** Go's {@code FindAllString}: after an empty match the search moves on one code point. */
  static List<String> findAll(String text, String regex, long limit) throws CelEvaluationException {
    Matcher matcher = compile(regex).matcher(text);
    List<String> matches = new ArrayList<>();
    int position = 0;
    int previousEnd = -1;
    while ((limit < 0 || matches.size() < limit)
        && position <= text.length()
        && matcher.find(position)) {
      boolean accept = true;
      if (matcher.end() == position) {
        accept = matcher.start() != previousEnd;
        position += position < text.length() ? Character.charCount(text.codePointAt(position)) : 1;
      } else {
        position = matcher.end();
      }
      previousEnd = matcher.end();
      if (accept) {
        matches.add(matcher.group());
      }
    }
    return matches;
  }

  private static Pattern compile(String regex) throws CelEvaluationException {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new CelEvaluationException("Illegal regex: " + e.getMessage());
    }
  }

  /**
   * Literal patterns that do not compile, in a checked AST, at their places (cel-go fails creating
   * the program).
   */
  public static List<CelIssue> issues(CelAbstractSyntaxTree ast) {
    return FUNCTIONS.stream()
        .flatMap(function -> AstIssues.receiverCalls(ast, function))
        .filter(call -> !call.call().args().isEmpty())
        .flatMap(
            call ->
                literalPatternError(call.call().args().get(0))
                    .map(message -> AstIssues.at(ast, call.id(), message))
                    .stream())
        .toList();
  }

  private static Optional<String> literalPatternError(CelExpr pattern) {
    if (pattern.getKind() != CelExpr.ExprKind.Kind.CONSTANT
        || pattern.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
      return Optional.empty();
    }
    try {
      Pattern.compile(pattern.constant().stringValue());
      return Optional.empty();
    } catch (PatternSyntaxException e) {
      return Optional.of(e.getMessage());
    }
  }
}
