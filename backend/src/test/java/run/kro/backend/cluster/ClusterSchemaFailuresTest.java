package run.kro.backend.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.kinds.SchemaSourceException;

/** Clusters that serve no OpenAPI v3 or refuse requests; each test gets a fresh mock server. */
class ClusterSchemaFailuresTest {

  private static final GroupVersionKind DEPLOYMENT = ClusterOpenApiSchemasTest.DEPLOYMENT;

  private KubernetesMockServer server;
  private KubernetesClient client;

  @BeforeEach
  void startServer() {
    server = new KubernetesMockServer(false);
    server.init();
    client = server.createClient();
  }

  @AfterEach
  void stopServer() {
    client.close();
    server.destroy();
  }

  @Test
  void aClusterWithoutOpenApiV3KnowsNoKinds() {
    assertThat(new ClusterOpenApiSchemas(client).resolve(DEPLOYMENT)).isEmpty();
  }

  @Test
  void aRefusedOpenApiRequestIsAnErrorNamingThePath() {
    server.expect().get().withPath("/openapi/v3").andReturn(403, forbidden("/openapi/v3")).always();

    assertThatThrownBy(() -> new ClusterOpenApiSchemas(client).resolve(DEPLOYMENT))
        .isInstanceOf(SchemaSourceException.class)
        .hasMessageStartingWith("cannot read /openapi/v3 from the cluster: HTTP 403")
        .hasMessageContaining("cannot get path \"/openapi/v3\"");
  }

  @Test
  void aRefusedDiscoveryRequestIsAnErrorNamingTheGroupVersion() {
    server
        .expect()
        .get()
        .withPath("/openapi/v3")
        .andReturn(200, ClusterOpenApiSchemasTest.text("openapi/index.json"))
        .always();
    server
        .expect()
        .get()
        .withPath(ClusterOpenApiSchemasTest.APPS_DOCUMENT)
        .andReturn(200, ClusterOpenApiSchemasTest.text("openapi/apis-apps-v1.json"))
        .always();
    server
        .expect()
        .get()
        .withPath("/apis/apps/v1")
        .andReturn(403, forbidden("/apis/apps/v1"))
        .always();

    assertThatThrownBy(() -> new ClusterOpenApiSchemas(client).resolve(DEPLOYMENT))
        .isInstanceOf(SchemaSourceException.class)
        .hasMessageStartingWith(
            "cannot discover the resources of apps/v1 in the cluster: HTTP 403");
  }

  @Test
  void aRefusedCrdListIsAnError() {
    String path = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions";
    server.expect().get().withPath(path).andReturn(403, forbidden(path)).always();

    assertThatThrownBy(() -> CrdKindSchemas.fromCluster(client))
        .isInstanceOf(SchemaSourceException.class)
        .hasMessageStartingWith("cannot list the cluster's CustomResourceDefinitions: HTTP 403");
  }

  private static Status forbidden(String path) {
    return new StatusBuilder()
        .withStatus("Failure")
        .withReason("Forbidden")
        .withCode(403)
        .withMessage("forbidden: User \"alice\" cannot get path \"" + path + "\"")
        .build();
  }
}
