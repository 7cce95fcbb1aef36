package run.kro.backend.schema.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.backend.testing.GoldenCases;

/**
 * Golden cases under {@code compat/}: each file holds {@code existing} and {@code desired} (an
 * openAPIV3Schema, or a whole CRD when it has {@code kind: CustomResourceDefinition}), the {@code
 * expected} changes in walk order (version defaults to v1alpha1), and optionally the {@code
 * describeBreaking} line.
 */
class SchemaCompatibilityGoldenTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String DEFAULT_VERSION = "v1alpha1";

  static List<Path> cases() {
    return GoldenCases.inputs("compat");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reportsTheExpectedChanges(Path file) throws Exception {
    JsonNode golden = YAML.readTree(GoldenCases.read(file));
    List<SchemaChange> expected = expectedChanges(golden);

    CompatibilityReport report = compare(golden);

    assertThat(report.changes()).containsExactlyElementsOf(expected);
    assertThat(report.hasBreakingChanges())
        .isEqualTo(expected.stream().anyMatch(SchemaChange::breaking));
    if (golden.has("describeBreaking")) {
      assertThat(report.describeBreaking()).isEqualTo(golden.get("describeBreaking").asText());
    }
  }

  /** Guard: every kind of change, breaking or not, is shown by at least one golden case. */
  @Test
  void everyChangeKindHasAGoldenCase() throws Exception {
    Set<ChangeKind> covered = EnumSet.noneOf(ChangeKind.class);
    for (Path file : cases()) {
      expectedChanges(YAML.readTree(GoldenCases.read(file))).forEach(c -> covered.add(c.kind()));
    }
    assertThat(covered).containsExactlyInAnyOrder(ChangeKind.values());
  }

  private static CompatibilityReport compare(JsonNode golden) {
    JsonNode existing = golden.get("existing");
    JsonNode desired = golden.get("desired");
    if (isCrd(existing) && isCrd(desired)) {
      return SchemaCompatibility.compare(
          YAML.convertValue(existing, CustomResourceDefinition.class),
          YAML.convertValue(desired, CustomResourceDefinition.class));
    }
    return SchemaCompatibility.compare(DEFAULT_VERSION, schema(existing), schema(desired));
  }

  private static boolean isCrd(JsonNode node) {
    return node != null && "CustomResourceDefinition".equals(node.path("kind").asText());
  }

  private static JSONSchemaProps schema(JsonNode node) {
    return node == null || node.isNull() ? null : YAML.convertValue(node, JSONSchemaProps.class);
  }

  private static List<SchemaChange> expectedChanges(JsonNode golden) {
    List<SchemaChange> expected = new ArrayList<>();
    for (JsonNode change : golden.path("expected")) {
      expected.add(
          new SchemaChange(
              change.path("version").asText(DEFAULT_VERSION),
              change.path("path").asText(""),
              ChangeKind.valueOf(change.path("kind").asText()),
              change.path("detail").asText()));
    }
    return expected;
  }
}
