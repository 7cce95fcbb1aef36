package run.kro.testenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test API server does what the controller and console rely on (issue 3's checklist), each
 * shown once.
 */
@KubeTest
class KubeTestEnvSmokeIT {

  private static final ResourceDefinitionContext GADGETS =
      new ResourceDefinitionContext.Builder()
          .withGroup("testenv.kro.run")
          .withVersion("v1")
          .withKind("Gadget")
          .withPlural("gadgets")
          .withNamespaced(true)
          .build();

  private static KubernetesClient admin;
  private static String namespace;

  @BeforeAll
  static void installCrd(KubeTestEnv env) {
    admin = env.adminClient();
    namespace = env.newNamespace("smoke");
    CustomResourceDefinition crd =
        admin
            .apiextensions()
            .v1()
            .customResourceDefinitions()
            .load(KubeTestEnvSmokeIT.class.getResourceAsStream("/testenv/gadgets-crd.yaml"))
            .item();
    admin.apiextensions().v1().customResourceDefinitions().resource(crd).serverSideApply();
    CrdEstablishment.await(admin, crd.getMetadata().getName());
  }

  @Test
  void establishesACrdWithAStructuralSchema() {
    CustomResourceDefinition crd =
        admin
            .apiextensions()
            .v1()
            .customResourceDefinitions()
            .withName("gadgets.testenv.kro.run")
            .get();
    assertThat(crd.getStatus().getConditions())
        .anyMatch(c -> c.getType().equals("Established") && c.getStatus().equals("True"))
        .noneMatch(c -> c.getType().equals("NonStructuralSchema"));
  }

  @Test
  void rejectsAnInvalidObjectWithTheSchemasMessage() {
    assertThatThrownBy(() -> gadgets().resource(gadget("bad-type", Map.of("size", "big"))).create())
        .isInstanceOf(KubernetesClientException.class)
        .satisfies(e -> assertThat(((KubernetesClientException) e).getCode()).isEqualTo(422))
        .hasMessageContaining(
            "spec.size: Invalid value: \"string\": spec.size in body must be of type integer");
    assertThatThrownBy(
            () -> gadgets().resource(gadget("bad-rule", Map.of("size", 1, "name", "x"))).create())
        .hasMessageContaining("name must start with g-");
  }

  @Test
  void appliesDefaults() {
    GenericKubernetesResource created =
        gadgets().resource(gadget("defaulted", Map.of("size", 2))).create();
    assertThat(spec(created)).containsEntry("mode", "fast").containsEntry("size", 2);
  }

  @Test
  void serverSideApplyDetectsConflictsAndForceTakesTheFieldOver() {
    gadgets().resource(gadget("shared", Map.of("size", 1))).fieldManager("alpha").serverSideApply();
    assertThatThrownBy(
            () ->
                gadgets()
                    .resource(gadget("shared", Map.of("size", 2)))
                    .fieldManager("beta")
                    .serverSideApply())
        .isInstanceOf(KubernetesClientException.class)
        .satisfies(e -> assertThat(((KubernetesClientException) e).getCode()).isEqualTo(409))
        .hasMessageContaining("conflict");
    GenericKubernetesResource taken =
        gadgets()
            .resource(gadget("shared", Map.of("size", 2)))
            .fieldManager("beta")
            .forceConflicts()
            .serverSideApply();
    assertThat(spec(taken)).containsEntry("size", 2);
    assertThat(taken.getMetadata().getManagedFields())
        .anyMatch(
            f ->
                f.getManager().equals("beta")
                    && f.getFieldsV1().getAdditionalProperties().toString().contains("f:size"));
  }

  @Test
  void keepsStatusBehindItsSubresource() {
    GenericKubernetesResource created =
        gadgets().resource(gadget("with-status", Map.of("size", 1))).create();
    created.setAdditionalProperty("status", Map.of("phase", "Running"));
    gadgets().resource(created).updateStatus();
    GenericKubernetesResource current = gadgets().withName("with-status").get();
    current.setAdditionalProperty("status", Map.of("phase", "Tampered"));
    gadgets().resource(current).update();
    assertThat(gadgets().withName("with-status").get().getAdditionalProperties().get("status"))
        .isEqualTo(Map.of("phase", "Running"));
  }

  @Test
  void deliversWatchEvents() {
    List<String> events = new CopyOnWriteArrayList<>();
    try (Watch watch =
        gadgets()
            .watch(
                new Watcher<>() {
                  @Override
                  public void eventReceived(Action action, GenericKubernetesResource resource) {
                    events.add(action + " " + resource.getMetadata().getName());
                  }

                  @Override
                  public void onClose(WatcherException cause) {}
                })) {
      gadgets().resource(gadget("watched", Map.of("size", 1))).create();
      gadgets().withName("watched").delete();
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(() -> assertThat(events).contains("ADDED watched", "DELETED watched"));
    }
  }

  @Test
  void aFinalizerBlocksDeletionUntilItIsRemoved() {
    GenericKubernetesResource guarded = gadget("guarded", Map.of("size", 1));
    guarded.getMetadata().setFinalizers(List.of("testenv.kro.run/hold"));
    gadgets().resource(guarded).create();
    gadgets().withName("guarded").delete();
    GenericKubernetesResource terminating = gadgets().withName("guarded").get();
    assertThat(terminating.getMetadata().getDeletionTimestamp()).isNotNull();
    gadgets()
        .withName("guarded")
        .edit(
            g -> {
              g.getMetadata().setFinalizers(List.of());
              return g;
            });
    await().atMost(Duration.ofSeconds(20)).until(() -> gadgets().withName("guarded").get() == null);
  }

  @Test
  void aUserWithoutRightsIsForbidden(KubeTestEnv env) {
    try (KubernetesClient mallory = env.clientFor("mallory", "nobody")) {
      assertThatThrownBy(() -> mallory.configMaps().inNamespace(namespace).list())
          .isInstanceOf(KubernetesClientException.class)
          .satisfies(e -> assertThat(((KubernetesClientException) e).getCode()).isEqualTo(403))
          .hasMessageContaining("User \"mallory\" cannot list resource \"configmaps\"");
    }
  }

  @Test
  void impersonationWorksOnlyForUsersAllowedToImpersonate(KubeTestEnv env) {
    admin
        .configMaps()
        .inNamespace(namespace)
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("for-alice")
                .endMetadata()
                .addToData("k", "v")
                .build())
        .create();
    admin
        .rbac()
        .roles()
        .inNamespace(namespace)
        .resource(
            new RoleBuilder()
                .withNewMetadata()
                .withName("read-config")
                .endMetadata()
                .addNewRule()
                .withApiGroups("")
                .withResources("configmaps")
                .withVerbs("get", "list")
                .endRule()
                .build())
        .create();
    admin
        .rbac()
        .roleBindings()
        .inNamespace(namespace)
        .resource(
            new RoleBindingBuilder()
                .withNewMetadata()
                .withName("alice-reads")
                .endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "Role", "read-config")
                .addNewSubject()
                .withKind("User")
                .withName("alice")
                .endSubject()
                .build())
        .create();
    admin
        .rbac()
        .clusterRoles()
        .resource(
            new ClusterRoleBuilder()
                .withNewMetadata()
                .withName("smoke-impersonator")
                .endMetadata()
                .addNewRule()
                .withApiGroups("")
                .withResources("users", "groups")
                .withVerbs("impersonate")
                .endRule()
                .build())
        .serverSideApply();
    admin
        .rbac()
        .clusterRoleBindings()
        .resource(
            new ClusterRoleBindingBuilder()
                .withNewMetadata()
                .withName("smoke-console-impersonates")
                .endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", "smoke-impersonator")
                .addNewSubject()
                .withKind("User")
                .withName("console")
                .endSubject()
                .build())
        .serverSideApply();

    try (KubernetesClient console = env.clientFor("console");
        KubernetesClient asAlice = impersonating(console, "alice", "developers");
        KubernetesClient eve = env.clientFor("eve");
        KubernetesClient eveAsAlice = impersonating(eve, "alice", "developers")) {
      assertThatThrownBy(() -> console.configMaps().inNamespace(namespace).list())
          .hasMessageContaining("User \"console\" cannot list");
      assertThat(asAlice.configMaps().inNamespace(namespace).withName("for-alice").get().getData())
          .containsEntry("k", "v");
      assertThatThrownBy(() -> eveAsAlice.configMaps().inNamespace(namespace).list())
          .isInstanceOf(KubernetesClientException.class)
          .satisfies(e -> assertThat(((KubernetesClientException) e).getCode()).isEqualTo(403))
          .hasMessageContaining("cannot impersonate");
    }
  }

  private static KubernetesClient impersonating(
      KubernetesClient client, String user, String... groups) {
    return new KubernetesClientBuilder()
        .withConfig(
            new ConfigBuilder(client.getConfiguration())
                .withImpersonateUsername(user)
                .withImpersonateGroups(groups)
                .build())
        .build();
  }

  private static NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      gadgets() {
    return admin.genericKubernetesResources(GADGETS).inNamespace(namespace);
  }

  private static GenericKubernetesResource gadget(String name, Map<String, Object> spec) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("testenv.kro.run/v1")
        .withKind("Gadget")
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .endMetadata()
        .addToAdditionalProperties("spec", spec)
        .build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(GenericKubernetesResource resource) {
    return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
  }
}
