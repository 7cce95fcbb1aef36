package run.kro.backend.cel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cel.bundle.Cel;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.OptionalType;
import dev.cel.common.types.SimpleType;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeCheckingTest {

  private final CelTypeRegistry registry = new CelTypeRegistry(schema("object-meta-schema.yaml"));
  private final CelType deployment =
      registry.rootType("deployment", schema("deployment-like-schema.yaml"));
  private final Cel env =
      KroCelEnvironment.newBuilder()
          .setTypeProvider(registry)
          .addVar("deployment", deployment)
          .addVar("pods", ListType.create(deployment))
          .addVar("schema", SimpleType.DYN)
          .build();
  private final ExpressionChecker checker = new ExpressionChecker();
  private final TypeCompatibility compatibility = new TypeCompatibility(registry);
  private final Set<String> declared = Set.of("deployment", "pods", "schema");

  @Test
  void typesFieldsFromTheSchema() {
    assertThat(typeOf("deployment.spec.replicas")).isEqualTo("int");
    assertThat(typeOf("deployment.spec.ratio")).isEqualTo("double");
    assertThat(typeOf("deployment.spec.paused")).isEqualTo("bool");
    assertThat(typeOf("deployment.spec.port")).isEqualTo("dyn");
    assertThat(typeOf("deployment.spec.labels")).isEqualTo("map(string, string)");
    assertThat(typeOf("deployment.spec.data")).isEqualTo("map(string, bytes)");
    assertThat(typeOf("deployment.spec.containers"))
        .isEqualTo("list(__type_deployment.spec.containers.@idx)");
    assertThat(typeOf("deployment.spec.containers[0].image")).isEqualTo("string");
    assertThat(typeOf("deployment.spec.free.anything.at.all")).isEqualTo("dyn");
    assertThat(typeOf("deployment.status.startTime")).isEqualTo("google.protobuf.Timestamp");
    assertThat(typeOf("deployment.metadata.labels")).isEqualTo("map(string, string)");
    assertThat(typeOf("deployment.status.?readyReplicas.orValue(0)")).isEqualTo("int");
    assertThat(typeOf("pods.map(p, p.spec.replicas)")).isEqualTo("list(int)");
  }

  @Test
  void reportsUnknownFieldsAtTheirPlace() {
    ExpressionChecker.Failed failed =
        (ExpressionChecker.Failed) check("deployment.spec.replicaz > 1", declared);
    assertThat(failed.issues())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.message()).contains("undefined field 'replicaz'");
              assertThat(issue.offset()).isEqualTo(15);
            });
  }

  @Test
  void reportsUnknownIdentifiersAsKroDoes() {
    ExpressionChecker.Failed failed =
        (ExpressionChecker.Failed) check("missing.x == 1 && deployment.spec.paused", declared);
    assertThat(failed.issues())
        .extracting(ExpressionIssue::message)
        .containsExactly("references unknown identifiers: [missing]");
  }

  @Test
  void keepsExpressionsToTheVariablesTheirContextAllows() {
    ExpressionChecker.Failed failed =
        (ExpressionChecker.Failed)
            check("deployment.spec.paused && size(pods) > 0", Set.of("deployment"));
    assertThat(failed.issues())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.message()).isEqualTo("references unknown identifiers: [pods]");
              assertThat(issue.offset()).isEqualTo(31);
            });
  }

  @Test
  void explainsCelJavasExtrasOnceAtTheFirstCall() {
    ExpressionChecker.Failed failed =
        (ExpressionChecker.Failed)
            check(
                "string(math.greatest([1, 2])) + string(sets.contains([\"a\"], [\"a\"]))"
                    + " + string(math.least(1, 2))",
                declared);
    assertThat(failed.issues())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.message())
                  .isEqualTo(
                      "math.greatest, sets.contains and math.least are" + ExtraLibraryCalls.OFF);
              assertThat(issue.offset()).isEqualTo(7);
            });
  }

  @Test
  void keepsOtherProblemsBesideTheExtras() {
    ExpressionChecker.Failed failed =
        (ExpressionChecker.Failed) check("regex.replace(missing, \"a\", \"b\")", declared);
    assertThat(failed.issues())
        .extracting(ExpressionIssue::message)
        .containsExactly(
            "regex.replace is" + ExtraLibraryCalls.OFF,
            "references unknown identifiers: [missing]");
  }

  @Test
  void leavesTheExtrasErrorsAloneWhenTheyAreOn() {
    Cel withExtras = KroCelEnvironment.newBuilder(true).addVar("schema", SimpleType.DYN).build();
    ExpressionChecker.Failed failed =
        (ExpressionChecker.Failed)
            checker.check(withExtras, "sets.contains([1], \"a\")", declared, declared);
    assertThat(failed.issues())
        .singleElement()
        .satisfies(issue -> assertThat(issue.message()).contains("no matching overload"));
  }

  @Test
  void namesTheVariablesAnExpressionReads() {
    ExpressionChecker.Checked checked =
        (ExpressionChecker.Checked)
            check(
                "pods.filter(p, p.spec.replicas > deployment.spec.replicas).size() > 0", declared);
    assertThat(checked.expression().references()).containsExactlyInAnyOrder("pods", "deployment");
  }

  @Test
  void comparesTypesStructurally() {
    assertThat(compatibility.mismatch(SimpleType.STRING, SimpleType.INT))
        .contains("type kind mismatch: got \"string\", expected \"int\"");
    assertThat(compatibility.mismatch(SimpleType.INT, SimpleType.DOUBLE)).isEmpty();
    assertThat(compatibility.mismatch(SimpleType.DYN, SimpleType.INT)).isEmpty();
    assertThat(
            compatibility.mismatch(
                ListType.create(SimpleType.INT), ListType.create(SimpleType.STRING)))
        .contains(
            "list element type incompatible: type kind mismatch: got \"int\", expected \"string\"");
    assertThat(compatibility.mismatch(OptionalType.create(SimpleType.INT), SimpleType.INT))
        .isEmpty();
    assertThat(
            compatibility.mismatch(
                MapType.create(SimpleType.STRING, SimpleType.STRING), typeAt("spec.selector")))
        .isEmpty();
  }

  @Test
  void acceptsAStructWhoseFieldsAreASubsetOfTheExpectedOnes() {
    CelType selector = typeAt("spec.selector");
    CelType spec = typeAt("spec");
    assertThat(compatibility.mismatch(selector, selector)).isEmpty();
    assertThat(compatibility.mismatch(spec, selector))
        .hasValueSatisfying(
            why -> assertThat(why).contains("exists in output but not in expected type"));
    assertThat(
            compatibility.mismatch(selector, MapType.create(SimpleType.STRING, SimpleType.STRING)))
        .contains(
            "field \"matchLabels\" has incompatible type: type kind mismatch: got \"map(string, string)\", expected \"string\"");
  }

  private CelType typeAt(String path) {
    ExpressionChecker.Checked checked =
        (ExpressionChecker.Checked) check("deployment." + path, declared);
    return checked.expression().type();
  }

  private String typeOf(String expression) {
    ExpressionChecker.Result result = check(expression, declared);
    assertThat(result)
        .as(expression + " should check")
        .isInstanceOf(ExpressionChecker.Checked.class);
    return CelTypeNames.describe(((ExpressionChecker.Checked) result).expression().type());
  }

  private ExpressionChecker.Result check(String expression, Set<String> allowed) {
    return checker.check(env, expression, declared, allowed);
  }

  private static JSONSchemaProps schema(String file) {
    try (InputStream in = TypeCheckingTest.class.getResourceAsStream("/cel/" + file)) {
      return new ObjectMapper(new YAMLFactory()).readValue(in, JSONSchemaProps.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
