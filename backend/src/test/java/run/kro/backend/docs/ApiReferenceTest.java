package run.kro.backend.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guard: docs/api-reference.md is what {@link ApiReferenceGenerator} writes from helm/crds. Run
 * with {@code -Dkro.docs.write=true} to (re)write the file instead of comparing.
 */
class ApiReferenceTest {

  private static final Path CRDS = Path.of("..", "helm", "crds");
  private static final Path REFERENCE = Path.of("..", "docs", "api-reference.md");

  @Test
  void theCommittedReferenceMatchesTheCrds() throws Exception {
    String generated = new ApiReferenceGenerator().generate(CRDS);
    if (Boolean.getBoolean("kro.docs.write")) {
      Files.writeString(REFERENCE, generated);
    }
    assertThat(Files.exists(REFERENCE))
        .as(
            "docs/api-reference.md is missing; generate it with: %s",
            ApiReferenceGenerator.REGENERATE)
        .isTrue();
    assertThat(Files.readString(REFERENCE))
        .as(
            "docs/api-reference.md differs from the CRDs in helm/crds; regenerate it with: %s",
            ApiReferenceGenerator.REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void everyFieldOfTheShippedCrdsHasARow() throws Exception {
    String generated = new ApiReferenceGenerator().generate(CRDS);
    assertThat(generated)
        .contains("## ResourceGroup\n", "## ResourceGraphDefinition\n")
        .contains(
            "| `spec.schema.kind` | string | yes |  | Kind of the generated API, UpperCamelCase. | "
                + "pattern: `^[A-Z][a-zA-Z0-9]{0,62}$`; `self == oldSelf` (kind is immutable) |")
        .contains("| `spec.schema.scope` | string |  | `\"Namespaced\"` |")
        .contains("| `spec.resources[].forEach` | array of map of string |")
        .contains("| `spec.defaultServiceAccounts` | map of string |")
        .contains("| `status.state` | string |  |  |  | one of Active, Inactive |");
  }

  @Test
  void rendersTypesDefaultsAndValidationOfAnyCrd() throws Exception {
    JsonNode crd =
        new ObjectMapper(new YAMLFactory())
            .readTree(
                """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: widgets.example.com}
        spec:
          group: example.com
          scope: Namespaced
          names: {kind: Widget, plural: widgets, singular: widget}
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    required: [size]
                    properties:
                      size: {type: integer, format: int32, default: 3, minimum: 1, description: "How | big"}
                      tags: {type: array, items: {type: string, maxLength: 5}}
                      ports:
                        type: array
                        items: {type: object, properties: {port: {type: integer}}}
        """);
    String md = new ApiReferenceGenerator().generate(List.of(crd));
    assertThat(md)
        .contains("## Widget\n", "### Widget v1\n", "| short names | none |")
        .contains("| `spec.size` | integer (int32) | yes | `3` | How \\| big | minimum: `1` |")
        .contains("| `spec.tags` | array of string |  |  |  | each item maxLength: `5` |")
        .contains("| `spec.ports[].port` | integer |  |  |  |  |");
  }
}
