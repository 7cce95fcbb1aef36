package run.kro.backend.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.bundle.Cel;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.values.NullValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import run.kro.backend.cel.CompiledExpression;
import run.kro.backend.cel.KroCelEnvironment;

/**
 * What cel-java 0.14 actually reports for each kind of failure, and how it is classified
 * (docs/design.md#missing-data-and-errors): the cases kro calls "no such key/field/attribute" and
 * "index out of bounds" are missing data, and so is a variable with no value (which cel-java
 * answers with an "unknown" result, not an error); everything else is an error. Run against the
 * real environment so that a cel-java upgrade that changes its error codes shows up here.
 */
class MissingDataClassifierTest {

  private static final Cel CEL =
      KroCelEnvironment.newBuilder()
          .addVar("m", MapType.create(SimpleType.STRING, SimpleType.DYN))
          .addVar("l", ListType.create(SimpleType.INT))
          .addVar("unbound", SimpleType.DYN)
          .build();
  private static final Map<String, Object> VALUES =
      Map.of(
          "m", Map.of("a", Map.of("b", 1L), "n", NullValue.NULL_VALUE, "i", 3, "text", "three"),
          "l", List.of(1L, 2L));

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "m.missing                      | Missing | key 'missing' is not present in map.",
        "m.a.missing                    | Missing | key 'missing' is not present in map.",
        "m['missing']                   | Missing | missing",
        "l[2]                           | Missing | Index out of bounds: 2",
        "l[-1]                          | Missing | Index out of bounds: -1",
        "m.n.field                      | Missing | Error resolving field 'field'. Field selections must be performed on messages or maps.",
        "l.map(x, m.missing)            | Missing | key 'missing' is not present in map.",
        "unbound.x                      | Missing | a variable it reads has no value yet",
        "m.a.b / 0                      | Error   | / by zero",
        "m.i > 2                        | Error   | No matching overload for function '_>_'. Overload candidates: greater_int64",
        "int(m.text)                    | Error   | For input string: \"three\"",
        "random.seededString(-1, 'x')   | Error   | random.seededString length must be positive"
      })
  void classifies(String expression, String kind, String detail) throws Exception {
    Outcome outcome =
        ExpressionEvaluator.run(
            compiled(expression), name -> Optional.ofNullable(VALUES.get(name)));

    assertThat(outcome.getClass().getSimpleName()).isEqualTo(kind);
    String message =
        outcome instanceof Outcome.Missing m ? m.detail() : ((Outcome.Error) outcome).detail();
    assertThat(message).doesNotStartWith("evaluation error");
    assertThat(message).isEqualTo(detail);
  }

  private static CompiledExpression compiled(String text) throws Exception {
    var ast = CEL.compile(text).getAst();
    return new CompiledExpression(text, ast, CEL.createProgram(ast), ast.getResultType(), Set.of());
  }
}
