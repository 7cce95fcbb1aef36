package run.kro.operator.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.InstanceIdentity;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.model.ResourceGroup;
import run.kro.operator.kube.OwnWrites;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * kro's writes to an instance's metadata act on the object the controller saw, never on a new one:
 * a worker holding a stale copy of an instance that was deleted meanwhile (its finalizer removed by
 * an earlier pass, or deleted before kro ever added it) must not bring it back. Server-side apply
 * creates what does not exist, so the write carries the seen resourceVersion as a precondition. The
 * "instance" here is a ConfigMap: the metadata writes are the same for every kind.
 */
@KubeTest
class InstanceMetadataIT {

  private static final ResourceDefinitionContext CONFIG_MAPS =
      new ResourceDefinitionContext.Builder()
          .withVersion("v1")
          .withKind("ConfigMap")
          .withPlural("configmaps")
          .withNamespaced(true)
          .build();
  private static final String RESOURCE_GROUP =
      """
      apiVersion: kro.run/v1alpha1
      kind: ResourceGroup
      metadata:
        name: metadata-probe
      spec:
        schema:
          apiVersion: v1alpha1
          kind: MetadataProbe
          spec:
            name: string
      """;

  @Test
  void releasingAStaleCopyOfADeletedInstanceDoesNotBringItBack(KubeTestEnv env) {
    KubernetesClient client = env.adminClient();
    String ns = env.newNamespace("metadata");
    GenericKubernetesResource stale = deleted(client, ns, "released");
    stale.getMetadata().setFinalizers(new ArrayList<>(List.of(KroMetadata.FINALIZER)));

    assertThatThrownBy(
            () -> metadata(client).release(stale, CONFIG_MAPS, resourceGroup(), identity(stale)))
        .isInstanceOf(KubernetesClientException.class);
    assertThat(client.configMaps().inNamespace(ns).withName("released").get()).isNull();
  }

  @Test
  void markingAStaleCopyOfADeletedInstanceDoesNotBringItBack(KubeTestEnv env) {
    KubernetesClient client = env.adminClient();
    String ns = env.newNamespace("metadata");
    GenericKubernetesResource stale = deleted(client, ns, "marked");

    assertThatThrownBy(
            () ->
                metadata(client)
                    .ensure(
                        stale,
                        CONFIG_MAPS,
                        resourceGroup(),
                        identity(stale),
                        new InstanceMetadata.Inventory(new TreeSet<>(), new TreeSet<>())))
        .isInstanceOf(KubernetesClientException.class);
    assertThat(client.configMaps().inNamespace(ns).withName("marked").get()).isNull();
  }

  @Test
  void marksAndReleasesALiveInstance(KubeTestEnv env) {
    KubernetesClient client = env.adminClient();
    String ns = env.newNamespace("metadata");
    client
        .configMaps()
        .inNamespace(ns)
        .resource(new ConfigMapBuilder().withNewMetadata().withName("live").endMetadata().build())
        .create();
    GenericKubernetesResource live =
        client.genericKubernetesResources(CONFIG_MAPS).inNamespace(ns).withName("live").get();
    InstanceMetadata metadata = metadata(client);

    GenericKubernetesResource marked =
        metadata.ensure(
            live,
            CONFIG_MAPS,
            resourceGroup(),
            identity(live),
            new InstanceMetadata.Inventory(new TreeSet<>(Set.of("ConfigMap")), new TreeSet<>()));
    assertThat(marked.getMetadata().getFinalizers()).contains(KroMetadata.FINALIZER);
    assertThat(marked.getMetadata().getLabels()).containsEntry(KroMetadata.OWNED, "true");

    metadata.release(marked, CONFIG_MAPS, resourceGroup(), identity(marked));
    assertThat(
            client
                .configMaps()
                .inNamespace(ns)
                .withName("live")
                .get()
                .getMetadata()
                .getFinalizers())
        .doesNotContain(KroMetadata.FINALIZER);
  }

  /** A copy of a ConfigMap as a worker saw it, after the ConfigMap itself was deleted. */
  private static GenericKubernetesResource deleted(
      KubernetesClient client, String ns, String name) {
    client
        .configMaps()
        .inNamespace(ns)
        .resource(new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
    GenericKubernetesResource seen =
        client.genericKubernetesResources(CONFIG_MAPS).inNamespace(ns).withName(name).get();
    client.configMaps().inNamespace(ns).withName(name).delete();
    client
        .configMaps()
        .inNamespace(ns)
        .withName(name)
        .waitUntilCondition(c -> c == null, 30, TimeUnit.SECONDS);
    return seen;
  }

  private static InstanceMetadata metadata(KubernetesClient client) {
    return new InstanceMetadata(client, new OwnWrites());
  }

  private static InstanceIdentity identity(GenericKubernetesResource instance) {
    return new InstanceIdentity(
        new GroupVersionKind("", "v1", "ConfigMap"),
        Optional.of(instance.getMetadata().getNamespace()),
        instance.getMetadata().getName(),
        instance.getMetadata().getUid());
  }

  private static ResourceGroup resourceGroup() {
    return new ResourceGroupCompiler(BuiltinKindSchemas.shared())
        .compile("metadata-probe.yaml", RESOURCE_GROUP)
        .compiled()
        .orElseThrow()
        .resourceGroup();
  }
}
