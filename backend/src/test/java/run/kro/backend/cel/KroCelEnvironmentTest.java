package run.kro.backend.cel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.bundle.Cel;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KroCelEnvironmentTest {

  static List<CelCase> cases() {
    return CelCase.load("/cel/environment-cases.yaml");
  }

  private static final Cel WITH_EXTRAS = KroCelEnvironment.newBuilder(true).build();

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extensionsAndOptionsAreOn(CelCase c) throws Exception {
    CelCaseRunner.check(CelCaseRunner.CEL, c);
  }

  static List<CelCase> extrasCases() {
    return CelCase.load("/cel/extras-cases.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extrasCases")
  void theExtrasAddCelJavasMathRegexAndSets(CelCase c) throws Exception {
    CelCaseRunner.check(WITH_EXTRAS, c);
  }

  @Test
  void callersAddStructVariablesAndATypeProvider() throws Exception {
    StructType spec =
        StructType.create(
            "kro.test.Spec",
            ImmutableSet.of("replicas"),
            field -> field.equals("replicas") ? Optional.of(SimpleType.INT) : Optional.empty());
    StructType schema =
        StructType.create(
            "kro.test.Schema",
            ImmutableSet.of("spec"),
            field -> field.equals("spec") ? Optional.of(spec) : Optional.empty());
    CelTypeProvider provider =
        new CelTypeProvider() {
          @Override
          public ImmutableCollection<CelType> types() {
            return ImmutableList.of(spec, schema);
          }

          @Override
          public Optional<CelType> findType(String name) {
            return types().stream().filter(type -> type.name().equals(name)).findFirst();
          }
        };
    Cel cel =
        KroCelEnvironment.newBuilder().setTypeProvider(provider).addVar("schema", schema).build();

    CelValidationResult typo = cel.compile("schema.spec.replicaz + 1");
    assertThat(typo.hasError()).isTrue();
    assertThat(typo.getErrors().get(0).getMessage()).contains("undefined field 'replicaz'");

    Object doubled =
        cel.createProgram(
                cel.compile("lists.setAtIndex([0], 0, schema.spec.replicas * 2)").getAst())
            .eval(Map.of("schema", Map.of("spec", Map.of("replicas", 3L))));
    assertThat(doubled).isEqualTo(List.of(6L));
  }
}
