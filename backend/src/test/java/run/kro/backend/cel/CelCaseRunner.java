package run.kro.backend.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.bundle.Cel;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelTypes;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.values.CelByteString;
import dev.cel.common.values.NullValue;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compiles and evaluates a {@link CelCase} and checks each expectation it states. */
public final class CelCaseRunner {

  /**
   * The kro environment with the instance variable {@code schema} declared as a map, as test data
   * uses it.
   */
  public static final Cel CEL =
      KroCelEnvironment.newBuilder()
          .addVar("schema", MapType.create(SimpleType.STRING, SimpleType.DYN))
          .build();

  private CelCaseRunner() {}

  public static void check(Cel cel, CelCase c) throws Exception {
    assertThat(
            c.expected() != null
                || c.expectedHex() != null
                || c.type() != null
                || c.error() != null
                || c.compileError() != null)
        .as("case states no expectation")
        .isTrue();
    CelValidationResult compiled = cel.compile(c.expr());
    String compileErrors =
        compiled.hasError()
            ? compiled.getErrorString()
            : CelIssue.toDisplayString(
                KroCelEnvironment.validate(compiled.getAst()), compiled.getAst().getSource());
    if (c.compileError() != null) {
      assertThat(compileErrors)
          .as("compile error expected")
          .isNotEmpty()
          .contains(c.compileError());
      return;
    }
    assertThat(compileErrors).isEmpty();
    CelAbstractSyntaxTree ast = compiled.getAst();
    if (c.type() != null) {
      assertThat(CelTypes.format(ast.getResultType())).isEqualTo(c.type());
    }
    CelRuntime.Program program = KroCelEnvironment.program(cel, ast);
    Map<String, Object> vars = new LinkedHashMap<>();
    c.vars().forEach((name, value) -> vars.put(name, toCel(value)));
    if (c.error() != null) {
      assertThatThrownBy(() -> program.eval(vars))
          .isInstanceOf(CelEvaluationException.class)
          .hasMessageContaining(c.error());
      return;
    }
    Object actual = program.eval(vars);
    if (c.expectedHex() != null) {
      assertThat(actual).isInstanceOf(CelByteString.class);
      assertThat(HexFormat.of().formatHex(((CelByteString) actual).toByteArray()))
          .isEqualTo(c.expectedHex());
    } else if (c.expected() != null) {
      assertThat(actual).isEqualTo(toCel(c.expected()));
    }
  }

  /** YAML test data as cel-java runtime values: integers as Long, null as NullValue. */
  public static Object toCel(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.properties().forEach(field -> map.put(field.getKey(), toCel(field.getValue())));
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(toCel(item)));
      return list;
    }
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNull()) {
      return NullValue.NULL_VALUE;
    }
    return node.textValue();
  }
}
