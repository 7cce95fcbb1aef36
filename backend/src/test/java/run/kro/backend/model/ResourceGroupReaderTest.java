package run.kro.backend.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.source.YamlSourceReader;
import run.kro.backend.testing.GoldenCases;

class ResourceGroupReaderTest {

  private final ResourceGroupReader reader = new ResourceGroupReader();

  @Test
  void bindsEveryFieldOfAValidDocument() throws Exception {
    ResourceGroupReader.ReadResult result = read(GoldenCases.inputs("model/valid").get(0));
    assertThat(result.errors()).isEmpty();
    ResourceGroup rg = result.resourceGroup().orElseThrow();

    assertThat(rg.kind()).isEqualTo(ResourceGroupKind.RESOURCE_GRAPH_DEFINITION);
    assertThat(rg.metadata().labels()).containsEntry("team", "platform");
    Schema schema = rg.spec().schema();
    assertThat(schema.kind()).isEqualTo("WebApp");
    assertThat(schema.group()).isEqualTo("apps.example.com");
    assertThat(schema.scope()).isEqualTo(Scope.Cluster);
    assertThat(schema.shortNames()).containsExactly("wa");
    assertThat(schema.categories()).containsExactly("example");
    assertThat(schema.metadata().labels()).containsEntry("owner", "platform");
    assertThat(schema.additionalPrinterColumns())
        .containsExactly(new PrinterColumn("Image", "string", null, null, 1, ".spec.image"));
    assertThat(schema.types().path("Port").path("name").asText())
        .isEqualTo("string | required=true");
    assertThat(schema.status().path("ready").asText())
        .isEqualTo("${deployment.status.readyReplicas > 0}");

    List<Resource> resources = rg.spec().resources();
    assertThat(resources)
        .extracting(Resource::id)
        .containsExactly("deployment", "config", "secrets", "replicas");
    Resource deployment = resources.get(0);
    assertThat(deployment.readyWhen()).containsExactly("${deployment.status.readyReplicas > 0}");
    assertThat(deployment.includeWhen()).containsExactly("${schema.spec.image != \"\"}");
    assertThat(deployment.template().orElseThrow().path("kind").asText()).isEqualTo("Deployment");
    assertThat(deployment.externalRef()).isEmpty();

    ExternalRef byName = resources.get(1).externalRef().orElseThrow();
    assertThat(byName.metadata().name()).contains("shared");
    assertThat(byName.metadata().namespace()).contains("kube-system");
    assertThat(byName.metadata().isCollection()).isFalse();
    LabelSelector selector =
        resources.get(2).externalRef().orElseThrow().metadata().selector().orElseThrow();
    assertThat(selector.matchLabels()).isEqualTo(Map.of("team", "a"));
    assertThat(selector.matchExpressions())
        .containsExactly(new LabelSelectorRequirement("tier", "In", List.of("web", "api")));

    assertThat(resources.get(3).forEach())
        .containsExactly(
            new ForEachDimension("region", "${schema.spec.ports}"),
            new ForEachDimension("zone", "${[\"a\", \"b\"]}"));

    assertThat(rg.spec().defaultServiceAccounts())
        .isEqualTo(Map.of("team-a", "deployer", "*", "kro-apply.default"));
    assertThat(rg.spec().serviceAccountFor("team-a")).contains("deployer");
    assertThat(rg.spec().serviceAccountFor("team-b")).contains("kro-apply.default");
  }

  @Test
  void defaultsGroupAndScope() throws Exception {
    ResourceGroup rg =
        reader
            .read(
                new YamlSourceReader()
                    .readSingle(
                        "min.yaml",
                        """
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata: {name: min}
        spec:
          schema: {kind: Noop, apiVersion: v1alpha1}
        """))
            .resourceGroup()
            .orElseThrow();
    assertThat(rg.kind()).isEqualTo(ResourceGroupKind.RESOURCE_GROUP);
    assertThat(rg.spec().schema().group()).isEqualTo("kro.run");
    assertThat(rg.spec().schema().scope()).isEqualTo(Scope.Namespaced);
    assertThat(rg.spec().resources()).isEmpty();
    assertThat(rg.spec().schema().spec().isObject()).isTrue();
    assertThat(rg.spec().defaultServiceAccounts()).isEmpty();
    assertThat(rg.spec().serviceAccountFor("team-a")).isEmpty();
  }

  /**
   * The kinds upstream kro's admission refuses (docs/design.md#names): all rejected with the place
   * of the kind.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "testResource",
        "Test_Resource",
        "Test-Resource",
        "123Test",
        "Test.Resource",
        "Test!",
        "TestKindThatIsWayTooLongForAKubernetesNameBecauseItHasMoreThan63Chars"
      })
  void rejectsInvalidKinds(String kind) throws Exception {
    ResourceGroupReader.ReadResult result =
        reader.read(
            new YamlSourceReader()
                .readSingle(
                    "kind.yaml",
                    """
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata: {name: kinds}
        spec:
          schema: {kind: "%s", apiVersion: v1alpha1}
        """
                        .formatted(kind)));
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.path()).isEqualTo("spec.schema.kind");
              assertThat(e.message()).contains("does not match pattern");
              assertThat(e.position()).isPresent();
            });
  }

  static List<Path> invalidDocuments() {
    return GoldenCases.inputs("model/invalid");
  }

  @ParameterizedTest
  @MethodSource("invalidDocuments")
  void reportsEveryErrorWithItsPlace(Path input) throws Exception {
    ResourceGroupReader.ReadResult result = read(input);
    assertThat(result.resourceGroup()).isEmpty();
    assertThat(result.errors()).allSatisfy(e -> assertThat(e.stage()).isEqualTo(Stage.MODEL));
    List<String> expected =
        GoldenCases.lines(GoldenCases.sibling(input, ".errors.txt").orElseThrow());
    assertThat(result.errors())
        .extracting(e -> e.describeIn("").substring(1))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  private ResourceGroupReader.ReadResult read(Path file) throws Exception {
    return reader.read(
        new YamlSourceReader().readSingle(file.getFileName().toString(), GoldenCases.read(file)));
  }
}
