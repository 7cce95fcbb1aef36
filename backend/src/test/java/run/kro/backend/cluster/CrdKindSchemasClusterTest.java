package run.kro.backend.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static run.kro.backend.cluster.CrdKindSchemasTest.BUCKET;
import static run.kro.backend.cluster.CrdKindSchemasTest.OLD_BUCKET;
import static run.kro.backend.cluster.CrdKindSchemasTest.SERVICE_MONITOR;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.backend.kinds.SchemaShape;

@EnableKubernetesMockClient(crud = true)
class CrdKindSchemasClusterTest {

  static KubernetesClient client;

  @BeforeAll
  static void installCrds() throws IOException {
    for (String file : new String[] {"servicemonitor-crd.yaml", "bucket-crd.yaml"}) {
      try (InputStream in =
          CrdKindSchemasClusterTest.class.getResourceAsStream("/kinds/crds/" + file)) {
        for (HasMetadata object : client.load(in).items()) {
          if (object instanceof CustomResourceDefinition crd) {
            client.resource(crd).create();
          }
        }
      }
    }
  }

  @Test
  void readsTheServedVersionsOfTheClustersCrds() {
    CrdKindSchemas crds = CrdKindSchemas.fromCluster(client);

    assertThat(crds.kinds()).containsExactlyInAnyOrder(SERVICE_MONITOR, BUCKET);
    assertThat(crds.resolve(OLD_BUCKET)).isEmpty();
    assertThat(crds.resolve(BUCKET).orElseThrow().namespaced()).isFalse();
    assertThat(crds.resolve(SERVICE_MONITOR).orElseThrow().namespaced()).isTrue();
    assertThat(
            SchemaShape.describe(
                SchemaShape.at(crds.resolve(BUCKET).orElseThrow().schema(), "spec.tags")))
        .isEqualTo("map<string>");
  }
}
