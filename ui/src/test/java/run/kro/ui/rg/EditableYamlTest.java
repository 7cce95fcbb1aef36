package run.kro.ui.rg;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditableYamlTest {

  @Test
  void dropsWhatTheServerOwnsAndKeepsWhatTheAuthorWrote() {
    GenericKubernetesResource stored =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("kro.run/v1alpha1")
            .withKind("ResourceGroup")
            .withNewMetadata()
            .withName("web")
            .withUid("u-1")
            .withResourceVersion("42")
            .withGeneration(3L)
            .withCreationTimestamp("2026-01-01T00:00:00Z")
            .withManagedFields(new ManagedFieldsEntryBuilder().withManager("kro-console").build())
            .withLabels(Map.of("team", "a"))
            .withAnnotations(Map.of(EditableYaml.LAST_APPLIED, "{}"))
            .endMetadata()
            .withAdditionalProperties(
                Map.of(
                    "spec",
                    Map.of("schema", Map.of("kind", "Web")),
                    "status",
                    Map.of("state", "Active")))
            .build();

    assertThat(EditableYaml.of(stored))
        .isEqualTo(
            """
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata:
          labels:
            team: a
          name: web
        spec:
          schema:
            kind: Web
        """);
  }

  @Test
  void secretTemplatesShowWhereValuesComeFromButNeverALiteralValue() {
    GenericKubernetesResource stored =
        new GenericKubernetesResourceBuilder()
            .withApiVersion("kro.run/v1alpha1")
            .withKind("ResourceGroup")
            .withNewMetadata()
            .withName("creds")
            .endMetadata()
            .withAdditionalProperties(
                Map.of(
                    "spec",
                    Map.of(
                        "resources",
                        List.of(
                            Map.of(
                                "id",
                                "db",
                                "template",
                                Map.of(
                                    "apiVersion",
                                    "v1",
                                    "kind",
                                    "Secret",
                                    "metadata",
                                    Map.of("name", "db"),
                                    "stringData",
                                    Map.of(
                                        "password",
                                        "${schema.spec.password}",
                                        "admin",
                                        "hunter2")))))))
            .build();

    String shown = EditableYaml.of(stored);

    assertThat(shown)
        .contains("password: \"${schema.spec.password}\"", "admin: \"<hidden: 7 bytes>\"")
        .doesNotContain("hunter2");
  }
}
