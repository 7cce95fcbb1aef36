package run.kro.backend.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.kinds.KindSchema;
import run.kro.backend.kinds.SchemaShape;

/**
 * A cluster's OpenAPI v3 and discovery, served by fabric8's mock server from hand-written
 * documents.
 */
@EnableKubernetesMockClient
public class ClusterOpenApiSchemasTest {

  static final GroupVersionKind DEPLOYMENT = new GroupVersionKind("apps", "v1", "Deployment");
  static final String APPS_DOCUMENT = "/openapi/v3/apis/apps/v1?hash=C0FFEE02";

  /**
   * Group-version path → the document's server-relative URL, as the index in openapi/index.json
   * lists them.
   */
  private static final Map<String, String> DOCUMENTS =
      Map.of(
          "api-v1", "/openapi/v3/api/v1?hash=C0FFEE01",
          "apis-apps-v1", APPS_DOCUMENT,
          "apis-apiextensions.k8s.io-v1", "/openapi/v3/apis/apiextensions.k8s.io/v1?hash=C0FFEE03");

  private static final Map<String, String> DISCOVERY =
      Map.of(
          "api-v1", "/api/v1",
          "apis-apps-v1", "/apis/apps/v1",
          "apis-apiextensions.k8s.io-v1", "/apis/apiextensions.k8s.io/v1");

  static KubernetesClient client;
  static KubernetesMockServer server;
  private static ClusterOpenApiSchemas shared;

  @BeforeAll
  static void serveOpenApiAndDiscovery() {
    serveOpenApi(server);
    shared = new ClusterOpenApiSchemas(client);
  }

  static void serveOpenApi(KubernetesMockServer server) {
    server
        .expect()
        .get()
        .withPath(ClusterOpenApiSchemas.OPENAPI_ROOT)
        .andReturn(200, text("openapi/index.json"))
        .always();
    DOCUMENTS.forEach(
        (name, url) ->
            server
                .expect()
                .get()
                .withPath(url)
                .andReturn(200, text("openapi/" + name + ".json"))
                .always());
    DISCOVERY.forEach(
        (name, path) ->
            server
                .expect()
                .get()
                .withPath(path)
                .andReturn(200, text("discovery/" + name + ".json"))
                .always());
  }

  @ParameterizedTest(name = "{0} {1} {3} is {4}")
  @CsvFileSource(resources = "/kinds/openapi-fields.csv", numLinesToSkip = 1)
  void readsFieldShapesFromTheOpenApiAndScopeFromDiscovery(
      String apiVersion, String kind, boolean namespaced, String path, String shape) {
    GroupVersionKind gvk = GroupVersionKind.fromApiVersion(apiVersion, kind).orElseThrow();
    KindSchema schema = shared.resolve(gvk).orElseThrow();

    assertThat(schema.gvk()).isEqualTo(gvk);
    assertThat(schema.namespaced()).as("namespaced").isEqualTo(namespaced);
    assertThat(SchemaShape.describe(SchemaShape.at(schema.schema(), path))).isEqualTo(shape);
  }

  /**
   * The same expectations hold for the schemas derived offline: the two sources agree on these
   * fields.
   */
  @ParameterizedTest(name = "{0} {1} {3} is {4}")
  @CsvFileSource(resources = "/kinds/openapi-fields.csv", numLinesToSkip = 1)
  void theBuiltinSchemasAgreeWithTheClusterOnTheseFields(
      String apiVersion, String kind, boolean namespaced, String path, String shape) {
    GroupVersionKind gvk = GroupVersionKind.fromApiVersion(apiVersion, kind).orElseThrow();
    KindSchema schema = BuiltinKindSchemas.shared().resolve(gvk).orElseThrow();

    assertThat(schema.namespaced()).as("namespaced").isEqualTo(namespaced);
    assertThat(SchemaShape.describe(SchemaShape.at(schema.schema(), path))).isEqualTo(shape);
  }

  @Test
  void keepsTheDescriptionBesideAReference() {
    JSONSchemaProps service =
        new ClusterOpenApiSchemas(client)
            .resolve(new GroupVersionKind("", "v1", "Service"))
            .orElseThrow()
            .schema();

    JSONSchemaProps targetPort = SchemaShape.at(service, "spec.ports[].targetPort");
    assertThat(targetPort.getDescription()).startsWith("Number or name of the port");
    assertThat(targetPort.getType()).isNull();
    assertThat(targetPort.getFormat()).isNull();
  }

  @Test
  void cutsRecursiveSchemasOffAsObjectsWithUnknownFields() {
    JSONSchemaProps crd =
        new ClusterOpenApiSchemas(client)
            .resolve(new GroupVersionKind("apiextensions.k8s.io", "v1", "CustomResourceDefinition"))
            .orElseThrow()
            .schema();

    JSONSchemaProps nested =
        SchemaShape.at(crd, "spec.versions[].schema.openAPIV3Schema.properties")
            .getAdditionalProperties()
            .getSchema();
    assertThat(nested.getType()).isEqualTo("object");
    assertThat(nested.getXKubernetesPreserveUnknownFields()).isTrue();
    assertThat(nested.getProperties()).isNullOrEmpty();
  }

  @Test
  void knowsOnlyKindsThatBothOpenApiAndDiscoveryList() {
    ClusterOpenApiSchemas cluster = new ClusterOpenApiSchemas(client);

    assertThat(cluster.resolve(new GroupVersionKind("apps", "v1", "DeploymentList")))
        .as("not discovered")
        .isEmpty();
    assertThat(cluster.resolve(new GroupVersionKind("apps", "v1", "Scale")))
        .as("a subresource's kind")
        .isEmpty();
    assertThat(cluster.resolve(new GroupVersionKind("example.com", "v1", "Widget")))
        .as("unserved group")
        .isEmpty();
    assertThat(cluster.resolve(new GroupVersionKind("batch", "v1", "Job")))
        .as("listed, document gone")
        .isEmpty();
  }

  @Test
  void fetchesEachGroupVersionOnceAndKeepsIt() {
    ClusterOpenApiSchemas cluster = new ClusterOpenApiSchemas(client);
    KindSchema first = cluster.resolve(DEPLOYMENT).orElseThrow();
    int requestsAfterFirst = server.getRequestCount();

    KindSchema second = cluster.resolve(DEPLOYMENT).orElseThrow();
    cluster.resolve(new GroupVersionKind("apps", "v1", "DeploymentList"));

    assertThat(second).isSameAs(first);
    assertThat(server.getRequestCount()).isEqualTo(requestsAfterFirst);
  }

  public static String text(String name) {
    try (InputStream in = ClusterOpenApiSchemasTest.class.getResourceAsStream("/kinds/" + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
