package run.kro.operator.serviceaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.operator.testing.AuditLog;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * The confused-deputy guard against the real API server: the controller ({@value
 * TestController#USER}, which may impersonate anyone) writes children as the service account the
 * ResourceGroup names, so RBAC on that account — not the controller's rights — decides what an
 * instance can create, and where.
 */
@KubeTest
class ServiceAccountsIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "PlacedConfig";
  private static final String ACCOUNT = "deployer";

  private static Cluster cluster;
  private static AuditLog audit;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    audit = new AuditLog(env.auditLog());
    cluster.applyActive(
        Fixtures.object(
            "serviceaccounts/placed-config.yaml", Map.of("RG", "placed-config", "KIND", KIND)));
  }

  @Test
  void aChildIsWrittenAndDeletedAsTheServiceAccount(KubeTestEnv env) {
    String teamA = env.newNamespace("team-a");
    allowConfigMaps(env.adminClient(), teamA);
    String account = "system:serviceaccount:" + teamA + ":" + ACCOUNT;
    long mark = audit.mark();

    cluster.apply(instance(teamA, "web", teamA));
    cluster.awaitState(API, KIND, teamA, "web", "ACTIVE");

    assertThat(cluster.get("v1", "ConfigMap", teamA, "web-config")).isPresent();
    assertThat(audit.writesSince(mark, account))
        .contains("patch configmaps " + teamA + "/web-config");
    assertThat(audit.writesSince(mark, TestController.USER))
        .noneMatch(write -> write.contains("configmaps"));

    long beforeDelete = audit.mark();
    cluster.kind(API, KIND).inNamespace(teamA).withName("web").delete();
    cluster.awaitGone(API, KIND, teamA, "web");
    assertThat(cluster.get("v1", "ConfigMap", teamA, "web-config")).isEmpty();
    assertThat(audit.writesSince(beforeDelete, account))
        .contains("delete configmaps " + teamA + "/web-config");
    assertThat(audit.writesSince(beforeDelete, TestController.USER))
        .noneMatch(write -> write.contains("configmaps"));
  }

  @Test
  void aChildInANamespaceTheServiceAccountMayNotWriteIsRefusedUntilRbacAllowsIt(KubeTestEnv env) {
    String teamA = env.newNamespace("team-a");
    String teamB = env.newNamespace("team-b");
    allowConfigMaps(env.adminClient(), teamA);

    cluster.apply(instance(teamA, "escape", teamB));

    String refusal =
        "service account "
            + teamB
            + "/"
            + ACCOUNT
            + " may not create configmaps in namespace \""
            + teamB
            + "\": ";
    JsonNode refused =
        cluster.await(
            API,
            KIND,
            teamA,
            "escape",
            "refused in " + teamB,
            o ->
                o.path("status")
                    .path("managedResources")
                    .path(0)
                    .path("message")
                    .asText()
                    .startsWith(refusal));
    assertThat(refused.path("status").path("state").asText()).isEqualTo("ERROR");
    assertThat(refused.path("status").path("managedResources").path(0).path("state").asText())
        .isEqualTo("ERROR");
    assertThat(refused.path("status").path("managedResources").path(0).path("message").asText())
        .contains("forbidden", "(HTTP 403)");
    assertThat(refused.path("status").path("conditions").findValuesAsText("message"))
        .anySatisfy(message -> assertThat(message).contains(refusal));
    assertThat(cluster.get("v1", "ConfigMap", teamB, "escape-config")).isEmpty();

    // RBAC is the authority: once team-b's service account may write config maps, the retries
    // succeed.
    allowConfigMaps(env.adminClient(), teamB);
    cluster.awaitState(API, KIND, teamA, "escape", "ACTIVE");
    assertThat(
            Cluster.tree(cluster.get("v1", "ConfigMap", teamB, "escape-config").orElseThrow())
                .path("data")
                .path("placedBy")
                .asText())
        .isEqualTo(teamA);
  }

  @Test
  void requiredModeRefusesAChildWithoutServiceAccount(KubeTestEnv env) {
    TestController shared = TestController.running();
    shared.stop();
    TestController strict =
        TestController.create(Map.of("kro.controller.service-accounts.mode", "required"));
    strict.start();
    try {
      cluster.applyActive(
          Fixtures.object(
              "serviceaccounts/unguarded-config.yaml",
              Map.of("RG", "unguarded-config", "KIND", "UnguardedConfig")));
      String ns = env.newNamespace("unguarded");
      cluster.apply(
          Fixtures.object(
              "lifecycle/instance.yaml",
              Map.of("KIND", "UnguardedConfig", "NS", ns, "GREETING", "hi")));

      JsonNode refused = cluster.awaitState(API, "UnguardedConfig", ns, "demo", "ERROR");
      assertThat(refused.path("status").path("managedResources").path(0).path("message").asText())
          .isEqualTo(
              "ConfigMap "
                  + ns
                  + "/demo-config: no service account for namespace \""
                  + ns
                  + "\": the "
                  + "controller requires one (kro.controller.service-accounts.mode=required), and the ResourceGroup's "
                  + "spec.defaultServiceAccounts names none for \""
                  + ns
                  + "\" or \"*\"");
      assertThat(cluster.get("v1", "ConfigMap", ns, "demo-config")).isEmpty();
    } finally {
      strict.stop();
      shared.start();
    }
  }

  private static GenericKubernetesResource instance(String ns, String name, String target) {
    return Fixtures.object(
        "serviceaccounts/instance.yaml",
        Map.of("KIND", KIND, "NS", ns, "NAME", name, "TARGET", target));
  }

  /**
   * Service account {@value #ACCOUNT} in {@code ns}, allowed to manage config maps there and
   * nothing else.
   */
  private static void allowConfigMaps(KubernetesClient admin, String ns) {
    admin
        .serviceAccounts()
        .inNamespace(ns)
        .resource(
            new ServiceAccountBuilder().withNewMetadata().withName(ACCOUNT).endMetadata().build())
        .serverSideApply();
    admin
        .rbac()
        .roles()
        .inNamespace(ns)
        .resource(
            new RoleBuilder()
                .withNewMetadata()
                .withName("configmap-writer")
                .endMetadata()
                .withRules(
                    new PolicyRuleBuilder()
                        .withApiGroups("")
                        .withResources("configmaps")
                        .withVerbs("get", "list", "watch", "create", "update", "patch", "delete")
                        .build())
                .build())
        .serverSideApply();
    admin
        .rbac()
        .roleBindings()
        .inNamespace(ns)
        .resource(
            new RoleBindingBuilder()
                .withNewMetadata()
                .withName("deployer-writes-configmaps")
                .endMetadata()
                .withNewRoleRef("rbac.authorization.k8s.io", "Role", "configmap-writer")
                .withSubjects(
                    List.of(
                        new SubjectBuilder()
                            .withKind("ServiceAccount")
                            .withName(ACCOUNT)
                            .withNamespace(ns)
                            .build()))
                .build())
        .serverSideApply();
  }
}
