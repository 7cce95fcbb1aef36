package run.kro.backend.cel.library;

import dev.cel.checker.CelCheckerBuilder;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntimeBuilder;
import java.util.List;
import run.kro.backend.cel.library.FormatString.FormatException;

/**
 * cel-go's {@code <string>.format(<list>)} (its strings extension at the version upstream kro
 * uses): {@code "%s-%d".format(["web", 3])} is {@code "web-3"}. The clauses are in {@link
 * FormatString}, how they print in {@link GoFormatter}. A call with a literal format and a literal
 * argument list is also checked when compiled ({@link #issues}), as cel-go does: a clause of the
 * wrong type, too few or too many arguments.
 */
public final class FormatLibrary implements KroLibrary {

  static final String FUNCTION = "format";
  private static final String OVERLOAD = "string_format";

  @Override
  public void setCheckerOptions(CelCheckerBuilder checker) {
    checker.addFunctionDeclarations(
        CelFunctionDecl.newFunctionDeclaration(
            FUNCTION,
            CelOverloadDecl.newMemberOverload(
                OVERLOAD, SimpleType.STRING, SimpleType.STRING, ListType.create(SimpleType.DYN))));
  }

  @Override
  public void setRuntimeOptions(CelRuntimeBuilder runtime) {
    runtime.addFunctionBindings(
        CelFunctionBinding.from(OVERLOAD, String.class, List.class, FormatLibrary::format));
  }

  private static String format(String format, List<?> arguments) throws CelEvaluationException {
    try {
      return GoFormatter.format(format, arguments);
    } catch (FormatException e) {
      throw new CelEvaluationException(e.getMessage());
    }
  }

  /** The problems of the literal {@code format} calls in a checked AST, at their places. */
  public static List<CelIssue> issues(CelAbstractSyntaxTree ast) {
    return FormatCallCheck.issues(ast);
  }
}
