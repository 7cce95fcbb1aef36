package run.kro.backend.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Schemas read from a cluster, at unit level against fabric8's mock server with hand-written OpenAPI v3 documents in
 * the shape the API server serves; the real API server re-proves this in the integration tests.
 */
@EnableKubernetesMockClient(crud = true)
class ClusterSchemasTest {

  static KubernetesClient client;
  static KubernetesMockServer server;

  private static final GroupVersionKind GADGET = new GroupVersionKind("example.com", "v1", "Gadget");

  @Test
  void readsAKindFromTheClustersOpenApiWithReferencesInlined() throws Exception {
    server.expect().get().withPath("/openapi/v3").andReturn(200, resource("index.json")).always();
    server.expect().get().withPath("/openapi/v3/apis/example.com/v1?hash=DEF")
        .andReturn(200, resource("example.com-v1.json")).once();
    server.expect().get().withPath("/apis/example.com/v1")
        .andReturn(200, resource("example.com-v1-resources.json")).always();

    ClusterOpenApiSchemas schemas = new ClusterOpenApiSchemas(client);
    KindSchema gadget = schemas.resolve(GADGET).orElseThrow();

    assertThat(gadget.namespaced()).isTrue();
    JSONSchemaProps metadata = gadget.schema().getProperties().get("metadata");
    assertThat(metadata.getProperties().get("labels").getAdditionalProperties().getSchema().getType()).isEqualTo("string");
    assertThat(metadata.getDescription()).isEqualTo("Standard object metadata.");
    JSONSchemaProps spec = gadget.schema().getProperties().get("spec");
    assertThat(spec.getRequired()).containsExactly("size");
    assertThat(spec.getProperties().get("port").getXKubernetesIntOrString()).isTrue();
    assertThat(spec.getProperties().get("extra").getXKubernetesPreserveUnknownFields()).isTrue();
    JSONSchemaProps part = spec.getProperties().get("parts").getItems().getSchema();
    assertThat(part.getProperties().get("children").getItems().getSchema().getXKubernetesPreserveUnknownFields())
        .as("the recursive type is cut off").isTrue();
    assertThat(schemas.resolve(GADGET)).as("cached: the document is fetched once").isPresent();
    assertThat(schemas.resolve(new GroupVersionKind("example.com", "v1", "Widget"))).isEmpty();
    assertThat(schemas.resolve(new GroupVersionKind("other.com", "v1", "Gadget"))).isEmpty();
  }

  @Test
  void readsCrdsInstalledInTheCluster() throws Exception {
    CustomResourceDefinition crd = new com.fasterxml.jackson.databind.ObjectMapper(
        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
        .readerFor(CustomResourceDefinition.class)
        .<CustomResourceDefinition>readValues(ClusterSchemasTest.class.getResourceAsStream("/kinds/widgets.yaml")).next();
    client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
    CrdKindSchemas crds = CrdKindSchemas.fromCluster(client);
    assertThat(crds.resolve(new GroupVersionKind("example.com", "v1", "Widget"))).isPresent();
  }

  private static String resource(String name) throws Exception {
    try (InputStream in = ClusterSchemasTest.class.getResourceAsStream("/kinds/openapi/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
