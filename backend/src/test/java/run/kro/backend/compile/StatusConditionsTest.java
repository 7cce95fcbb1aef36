package run.kro.backend.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.cel.CompiledExpression;
import run.kro.backend.testing.GoldenCompilation;

/**
 * Author-defined conditions compile, and their programs build conditions from resource and instance
 * data.
 */
class StatusConditionsTest {

  @Test
  void compilesAndEvaluatesAuthorConditions() throws Exception {
    Path input = Path.of(getClass().getResource("/compile/conditions.yaml").toURI());
    CompiledResourceGroup rg =
        GoldenCompilation.compile(input)
            .compiled()
            .orElseThrow(
                () ->
                    new AssertionError(
                        GoldenCompilation.errorLines(GoldenCompilation.compile(input))));
    List<CompiledExpression> conditions = rg.statusConditions();
    assertThat(conditions).hasSize(4);
    assertThat(rg.statusFields()).hasSize(1);

    Map<String, Object> data =
        Map.of(
            "schema",
                Map.of(
                    "spec",
                    Map.of("name", "web"),
                    "status",
                    Map.of(
                        "conditions",
                        List.of(
                            Map.of("type", "Ready", "status", "False"),
                            Map.of("type", "ResourcesReady", "status", "True")))),
            "deployment",
                Map.of(
                    "spec",
                        Map.of(
                            "template",
                            Map.of(
                                "spec",
                                Map.of(
                                    "containers",
                                    List.of(
                                        Map.of("name", "app", "image", "nginx:1.27"),
                                        Map.of("name", "proxy", "image", "envoy"))))),
                    "status", Map.of("readyReplicas", 2L)));

    assertThat(conditions.get(0).program().eval(data))
        .isEqualTo(
            Map.of(
                "type", "WebReady", "status", "True", "reason", "Replicas", "message", "2 ready"));
    assertThat(conditions.get(1).program().eval(data))
        .isEqualTo(
            List.of(
                Map.of("type", "Imageapp", "status", "True", "reason", "", "message", "nginx:1.27"),
                Map.of("type", "Imageproxy", "status", "True", "reason", "", "message", "envoy")));
    assertThat(conditions.get(2).program().eval(data))
        .isEqualTo(Map.of("type", "Healthy", "status", "False", "reason", "", "message", ""));
    // A built-in name stays readable when the author declares a condition of that type too: kro's
    // value is read.
    assertThat(conditions.get(3).program().eval(data))
        .isEqualTo(
            Map.of(
                "type", "ResourcesReady", "status", "True", "reason", "Mirrored", "message", ""));
  }
}
