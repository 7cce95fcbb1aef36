package run.kro.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;
import run.kro.ui.instance.InstanceApi;
import run.kro.ui.instance.InstanceCluster;
import run.kro.ui.instance.InstanceWriter;
import run.kro.ui.instance.WriteResult;
import run.kro.ui.security.ConsoleUser;
import run.kro.ui.testing.FixtureNames;

/**
 * The audit trail against a real API server, through the console's instance writer acting as alice
 * (an impersonated user of group team-a): her writes leave a JSON line naming her and an Event on
 * the object; a write refused by RBAC logs the refusal and leaves no event; a namespace where she
 * may write instances but not events gets the write and the line, and no event.
 */
@KubeTest
class AuditTrailIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ConsoleUser ALICE = new ConsoleUser("alice", List.of("team-a"));

  private static KubernetesClient admin;
  private static KubernetesClient alice;
  private static InstanceCluster cluster;
  private static FixtureNames names;
  private static InstanceApi api;
  private static InstanceWriter writer;

  @BeforeAll
  static void world(KubernetesClient adminClient) {
    admin = adminClient;
    cluster = new InstanceCluster(admin);
    names = FixtureNames.fresh("audited");
    cluster.installResourceGroup("widgets.yaml", names);
    api = cluster.apis.resolve(names.name());
    alice = KubeTestEnv.get().clientFor(ALICE.name(), ALICE.groups().toArray(String[]::new));
    // The API is resolved with the admin's rights (reading ResourceGroups is not what is tested);
    // writes are hers.
    writer =
        new InstanceWriter(
            () -> alice, cluster.apis, new AuditTrail(() -> alice, Actor.fixed(ALICE)));
  }

  @AfterAll
  static void close() {
    alice.close();
  }

  @Test
  void herWritesAreLoggedAndLeaveAnEventOnTheObjectWithHerName() throws Exception {
    String namespace = namespaceWhereAliceMay(true);
    try (AuditLogCapture log = new AuditLogCapture()) {
      WriteResult created =
          writer.create(names.name(), namespace, cluster.instance("shop", "{\"replicas\": 2}"));
      assertThat(created.succeeded()).as(created.message()).isTrue();
      WriteResult updated =
          writer.update(names.name(), namespace, cluster.instance("shop", "{\"replicas\": 3}"));
      assertThat(updated.succeeded()).as(updated.message()).isTrue();

      GenericKubernetesResource shop = cluster.stored(api, namespace, "shop");
      assertThat(log.lines()).hasSize(2);
      JsonNode line = JSON.readTree(log.lines().get(0));
      assertThat(line.path("subject").asText()).isEqualTo("alice");
      assertThat(line.path("groups").toString()).isEqualTo("[\"team-a\"]");
      assertThat(line.path("verb").asText()).isEqualTo("create");
      assertThat(line.path("apiVersion").asText()).isEqualTo(api.gvk().apiVersion());
      assertThat(line.path("kind").asText()).isEqualTo(names.kind());
      assertThat(line.path("namespace").asText()).isEqualTo(namespace);
      assertThat(line.path("name").asText()).isEqualTo("shop");
      assertThat(line.path("result").asText()).isEqualTo("succeeded");
      assertThat(line.path("diffSha256").asText()).matches("[0-9a-f]{64}");
      assertThat(JSON.readTree(log.lines().get(1)).path("verb").asText()).isEqualTo("update");
      assertThat(JSON.readTree(log.lines().get(1)).path("diffSha256").asText())
          .as("another change, another hash")
          .isNotEqualTo(line.path("diffSha256").asText());

      List<Event> events = eventsAbout(namespace, "shop");
      assertThat(events)
          .extracting(Event::getMessage)
          .containsExactlyInAnyOrder(
              "alice (team-a) created " + names.kind() + " " + namespace + "/shop via the console",
              "alice (team-a) updated " + names.kind() + " " + namespace + "/shop via the console");
      assertThat(events)
          .allSatisfy(
              event -> {
                assertThat(event.getReason()).isEqualTo("ConsoleWrite");
                assertThat(event.getSource().getComponent()).isEqualTo("kro-console");
                assertThat(event.getInvolvedObject().getKind()).isEqualTo(names.kind());
                assertThat(event.getInvolvedObject().getUid())
                    .isEqualTo(shop.getMetadata().getUid());
              });
    }
  }

  @Test
  void aWriteRefusedByRbacIsLoggedAsRefusedAndLeavesNoEvent() throws Exception {
    String elsewhere = KubeTestEnv.get().newNamespace("audit-other");
    try (AuditLogCapture log = new AuditLogCapture()) {
      WriteResult created = writer.create(names.name(), elsewhere, cluster.instance("shop", "{}"));

      assertThat(created.succeeded()).isFalse();
      assertThat(created.message()).contains("forbidden");
      JsonNode line = JSON.readTree(log.lines().get(0));
      assertThat(line.path("subject").asText()).isEqualTo("alice");
      assertThat(line.path("verb").asText()).isEqualTo("create");
      assertThat(line.path("namespace").asText()).isEqualTo(elsewhere);
      assertThat(line.path("result").asText())
          .startsWith("refused: ")
          .contains("forbidden")
          .contains("User \"alice\"");
      assertThat(eventsAbout(elsewhere, "shop")).isEmpty();
      assertThat(cluster.stored(api, elsewhere, "shop")).isNull();
    }
  }

  @Test
  void withoutTheRightToCreateEventsTheWriteStillSucceedsAndIsLogged() throws Exception {
    String namespace = namespaceWhereAliceMay(false);
    try (AuditLogCapture log = new AuditLogCapture()) {
      WriteResult created = writer.create(names.name(), namespace, cluster.instance("shop", "{}"));

      assertThat(created.succeeded()).as(created.message()).isTrue();
      assertThat(JSON.readTree(log.lines().get(0)).path("result").asText()).isEqualTo("succeeded");
      assertThat(eventsAbout(namespace, "shop")).isEmpty();
      WriteResult deleted = writer.delete(names.name(), namespace, "shop");
      assertThat(deleted.succeeded()).as(deleted.message()).isTrue();
      JsonNode deletion = JSON.readTree(log.lines().get(1));
      assertThat(deletion.path("verb").asText()).isEqualTo("delete");
      assertThat(deletion.get("diffSha256").isNull()).isTrue();
    }
  }

  /**
   * A fresh namespace where team-a may write the test's instances, and create events if {@code
   * events}.
   */
  private static String namespaceWhereAliceMay(boolean events) {
    String namespace = KubeTestEnv.get().newNamespace("audit");
    List<PolicyRule> rules =
        new ArrayList<>(
            List.of(
                new PolicyRuleBuilder()
                    .withApiGroups(api.gvk().group())
                    .withResources(api.plural())
                    .withVerbs("*")
                    .build()));
    if (events) {
      rules.add(
          new PolicyRuleBuilder()
              .withApiGroups("")
              .withResources("events")
              .withVerbs("create")
              .build());
    }
    admin
        .rbac()
        .roles()
        .inNamespace(namespace)
        .resource(
            new RoleBuilder()
                .withNewMetadata()
                .withName("writer")
                .endMetadata()
                .withRules(rules)
                .build())
        .create();
    admin
        .rbac()
        .roleBindings()
        .inNamespace(namespace)
        .resource(
            new RoleBindingBuilder()
                .withNewMetadata()
                .withName("team-a-writer")
                .endMetadata()
                .withNewRoleRef()
                .withApiGroup("rbac.authorization.k8s.io")
                .withKind("Role")
                .withName("writer")
                .endRoleRef()
                .addNewSubject()
                .withApiGroup("rbac.authorization.k8s.io")
                .withKind("Group")
                .withName("team-a")
                .endSubject()
                .build())
        .create();
    return namespace;
  }

  private static List<Event> eventsAbout(String namespace, String name) {
    return admin.v1().events().inNamespace(namespace).list().getItems().stream()
        .filter(
            e ->
                name.equals(e.getInvolvedObject().getName())
                    && names.kind().equals(e.getInvolvedObject().getKind()))
        .toList();
  }
}
