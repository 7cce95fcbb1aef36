package run.kro.backend.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.kinds.SchemaShape;
import run.kro.backend.kinds.SchemaSourceException;

class CrdKindSchemasTest {

  static final GroupVersionKind SERVICE_MONITOR =
      new GroupVersionKind("monitoring.coreos.com", "v1", "ServiceMonitor");
  static final GroupVersionKind BUCKET = new GroupVersionKind("s3.example.com", "v1", "Bucket");
  static final GroupVersionKind OLD_BUCKET =
      new GroupVersionKind("s3.example.com", "v1alpha1", "Bucket");

  @Test
  void readsEveryServedVersionOfEveryCrdInADirectory() {
    CrdKindSchemas crds = CrdKindSchemas.fromFiles(List.of(resource("crds")));

    assertThat(crds.kinds()).containsExactlyInAnyOrder(SERVICE_MONITOR, BUCKET);
    assertThat(crds.resolve(OLD_BUCKET)).as("a version that is not served").isEmpty();
    assertThat(crds.resolve(new GroupVersionKind("", "v1", "ConfigMap")))
        .as("a document that is no CRD")
        .isEmpty();
  }

  @Test
  void takesTheScopeFromTheCrd() {
    CrdKindSchemas crds = CrdKindSchemas.fromFiles(List.of(resource("crds")));

    assertThat(crds.resolve(SERVICE_MONITOR).orElseThrow().namespaced()).isTrue();
    assertThat(crds.resolve(BUCKET).orElseThrow().namespaced()).isFalse();
  }

  @Test
  void keepsTheDeclaredSchema() {
    JSONSchemaProps monitor =
        CrdKindSchemas.fromFiles(List.of(resource("crds/servicemonitor-crd.yaml")))
            .resolve(SERVICE_MONITOR)
            .orElseThrow()
            .schema();

    assertThat(shape(monitor, "spec.endpoints[].targetPort")).isEqualTo("int-or-string");
    assertThat(shape(monitor, "spec.endpoints[].interval")).isEqualTo("string");
    assertThat(shape(monitor, "spec.selector.matchLabels")).isEqualTo("map<string>");
    assertThat(monitor.getRequired()).containsExactly("spec");
  }

  @Test
  void fillsInApiVersionKindAndFullMetadataWhenTheCrdLeavesThemOut() {
    JSONSchemaProps bucket =
        CrdKindSchemas.fromFiles(List.of(resource("crds/bucket-crd.yaml")))
            .resolve(BUCKET)
            .orElseThrow()
            .schema();

    assertThat(bucket.getProperties())
        .containsKeys("apiVersion", "kind", "metadata", "spec", "status");
    assertThat(shape(bucket, "apiVersion")).isEqualTo("string");
    assertThat(shape(bucket, "kind")).isEqualTo("string");
    assertThat(shape(bucket, "metadata.labels")).isEqualTo("map<string>");
    assertThat(shape(bucket, "metadata.creationTimestamp")).isEqualTo("string:date-time");
    assertThat(shape(bucket, "spec.lifecycleDays")).isEqualTo("integer:int32");
    assertThat(shape(bucket, "status.createdAt")).isEqualTo("string:date-time");
  }

  @Test
  void replacesABareMetadataObjectWithObjectMeta() {
    JSONSchemaProps monitor =
        CrdKindSchemas.fromFiles(List.of(resource("crds/servicemonitor-crd.yaml")))
            .resolve(SERVICE_MONITOR)
            .orElseThrow()
            .schema();

    assertThat(shape(monitor, "metadata.name")).isEqualTo("string");
    assertThat(shape(monitor, "metadata.annotations")).isEqualTo("map<string>");
  }

  @Test
  void leavesTheCrdObjectsItWasGivenUntouched() throws IOException {
    CustomResourceDefinition crd = readCrd("crds/bucket-crd.yaml");

    CrdKindSchemas.of(List.of(crd)).resolve(BUCKET).orElseThrow();

    JSONSchemaProps declared = crd.getSpec().getVersions().get(1).getSchema().getOpenAPIV3Schema();
    assertThat(declared.getProperties()).containsOnlyKeys("spec", "status");
  }

  @Test
  void theFirstCrdForAKindWins() throws IOException {
    CustomResourceDefinition first = readCrd("crds/bucket-crd.yaml");
    CustomResourceDefinition second = readCrd("crds/bucket-crd.yaml");
    second.getSpec().setScope("Namespaced");

    assertThat(CrdKindSchemas.of(List.of(first, second)).resolve(BUCKET).orElseThrow().namespaced())
        .isFalse();
  }

  @Test
  void namesTheFileThatIsNotYaml() {
    Path file = resource("broken-yaml/widgets-crd.yaml");

    assertThatThrownBy(() -> CrdKindSchemas.fromFiles(List.of(resource("broken-yaml"))))
        .isInstanceOf(SchemaSourceException.class)
        .hasMessageStartingWith("cannot read CRD file " + file + ":")
        .hasMessageContaining("invalid YAML");
  }

  @Test
  void namesTheFileWithABrokenCrd() {
    Path file = resource("broken-crd/widgets-crd.yaml");

    assertThatThrownBy(() -> CrdKindSchemas.fromFiles(List.of(file)))
        .isInstanceOf(SchemaSourceException.class)
        .hasMessage(
            "CRD file "
                + file
                + ": CustomResourceDefinition widgets.example.com has no spec.group");
  }

  @Test
  void namesAPathThatDoesNotExist() {
    Path missing = resource("crds").resolve("missing.yaml");

    assertThatThrownBy(() -> CrdKindSchemas.fromFiles(List.of(missing)))
        .isInstanceOf(SchemaSourceException.class)
        .hasMessage("cannot read CRD file " + missing + ": no such file or directory");
  }

  static Path resource(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(CrdKindSchemasTest.class.getResource("/kinds/" + name), name)
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static CustomResourceDefinition readCrd(String name) throws IOException {
    return new ObjectMapper(new YAMLFactory())
        .readValue(resource(name).toFile(), CustomResourceDefinition.class);
  }

  private static String shape(JSONSchemaProps schema, String path) {
    return SchemaShape.describe(SchemaShape.at(schema, path));
  }
}
