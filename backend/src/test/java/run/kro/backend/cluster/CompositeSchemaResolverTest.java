package run.kro.backend.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static run.kro.backend.cluster.CrdKindSchemasTest.BUCKET;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionListBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.kinds.KindSchema;
import run.kro.backend.kinds.SchemaResolver;
import run.kro.backend.kinds.SchemaShape;
import run.kro.backend.kinds.SchemaShapes;

@EnableKubernetesMockClient
class CompositeSchemaResolverTest {

  private static final GroupVersionKind DEPLOYMENT =
      new GroupVersionKind("apps", "v1", "Deployment");
  private static final GroupVersionKind JOB = new GroupVersionKind("batch", "v1", "Job");

  static KubernetesClient client;
  static KubernetesMockServer server;

  @Test
  void theFirstSourceThatKnowsTheKindWins() {
    List<String> asked = new ArrayList<>();
    SchemaResolver unknowing =
        gvk -> {
          asked.add("unknowing");
          return Optional.empty();
        };
    SchemaResolver cluster =
        gvk -> {
          asked.add("cluster");
          return Optional.of(new KindSchema(gvk, true, SchemaShapes.anyObject()));
        };
    SchemaResolver builtin =
        gvk -> {
          asked.add("builtin");
          return Optional.of(new KindSchema(gvk, false, SchemaShapes.anyObject()));
        };

    Optional<KindSchema> schema =
        new CompositeSchemaResolver(List.of(unknowing, cluster, builtin)).resolve(DEPLOYMENT);

    assertThat(schema).map(KindSchema::namespaced).contains(true);
    assertThat(asked).containsExactly("unknowing", "cluster");
  }

  @Test
  void isEmptyWhenNoSourceKnowsTheKind() {
    SchemaResolver unknowing = gvk -> Optional.empty();

    assertThat(new CompositeSchemaResolver(List.of(unknowing, unknowing)).resolve(DEPLOYMENT))
        .isEmpty();
    assertThat(new CompositeSchemaResolver(List.of()).resolve(DEPLOYMENT)).isEmpty();
  }

  @Test
  void offlineChainReadsCrdFilesThenBuiltinKinds() {
    CompositeSchemaResolver offline =
        CompositeSchemaResolver.offline(List.of(CrdKindSchemasTest.resource("crds")));

    assertThat(offline.resolve(BUCKET)).map(KindSchema::namespaced).contains(false);
    assertThat(offline.resolve(DEPLOYMENT))
        .containsSame(BuiltinKindSchemas.shared().resolve(DEPLOYMENT).orElseThrow());
    assertThat(offline.resolve(new GroupVersionKind("example.com", "v1", "Widget"))).isEmpty();
  }

  @Test
  void connectedChainPrefersTheClustersOpenApiThenItsCrdsThenBuiltinKinds() throws IOException {
    ClusterOpenApiSchemasTest.serveOpenApi(server);
    server
        .expect()
        .get()
        .withPath("/apis/apiextensions.k8s.io/v1/customresourcedefinitions")
        .andReturn(
            200,
            new CustomResourceDefinitionListBuilder()
                .addToItems(CrdKindSchemasTest.readCrd("crds/bucket-crd.yaml"))
                .build())
        .always();

    CompositeSchemaResolver connected = CompositeSchemaResolver.connected(client);

    // The hand-written cluster document leaves DeploymentSpec.strategy out; the fabric8 model has
    // it.
    KindSchema deployment = connected.resolve(DEPLOYMENT).orElseThrow();
    KindSchema builtinDeployment = BuiltinKindSchemas.shared().resolve(DEPLOYMENT).orElseThrow();
    assertThat(SchemaShape.at(deployment.schema(), "spec").getProperties())
        .doesNotContainKey("strategy");
    assertThat(SchemaShape.at(builtinDeployment.schema(), "spec").getProperties())
        .containsKey("strategy");
    assertThat(connected.resolve(BUCKET)).map(KindSchema::namespaced).contains(false);
    assertThat(connected.resolve(JOB))
        .containsSame(BuiltinKindSchemas.shared().resolve(JOB).orElseThrow());
  }
}
