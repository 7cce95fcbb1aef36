package run.kro.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.testenv.KubeTest;
import run.kro.ui.audit.Actor;
import run.kro.ui.audit.AuditTrail;
import run.kro.ui.base.YamlText;
import run.kro.ui.instance.InstanceApis;
import run.kro.ui.instance.InstanceWriter;
import run.kro.ui.instance.WriteResult;
import run.kro.ui.rg.ResourceGroupCatalog;
import run.kro.ui.rg.ValidationService;
import run.kro.ui.testing.DemoAccess;
import run.kro.ui.testing.FixtureNames;
import run.kro.ui.testing.ShopApi;
import run.kro.ui.testing.TestCrds;

/**
 * The console acting as its users against the real API server with RBAC on: writes made through
 * {@link UserClients} succeed and are refused exactly as the demo users' RBAC says, the API server
 * records the user (not the console) as the author, and the access review the console shows agrees
 * with what the server then does.
 */
@KubeTest
class ImpersonationIT {

  private static final ConsoleUser ALICE = new ConsoleUser("alice", List.of("team-a"));
  private static final ConsoleUser BOB = new ConsoleUser("bob", List.of("team-b"));

  private static KubernetesClient admin;
  private static UserClients users;
  private static FixtureNames names;
  private static CompiledResourceGroup compiled;

  @BeforeAll
  static void publishAnApi(KubernetesClient client) throws Exception {
    admin = client;
    DemoAccess.install(admin);
    TestCrds.installKroCrds(admin);
    ShopApi shop = ShopApi.create(admin, "guarded").establish(admin);
    names = shop.names();
    compiled = shop.compiled();
    users = new UserClients(admin, null);
  }

  @AfterAll
  static void close() {
    users.destroy();
  }

  private static InstanceWriter writerFor(ConsoleUser user) {
    ValidationService validation = new ValidationService(admin);
    return new InstanceWriter(
        () -> users.forUser(user),
        new InstanceApis(
            () -> users.forUser(user),
            new ResourceGroupCatalog(() -> users.forUser(user)),
            validation),
        new AuditTrail(() -> users.forUser(user), Actor.fixed(user)));
  }

  private static ObjectNode instance(String name, String namespace) throws Exception {
    return (ObjectNode)
        YamlText.read(
            "apiVersion: kro.run/v1alpha1\nkind: "
                + names.kind()
                + "\nmetadata: {name: "
                + name
                + ", namespace: "
                + namespace
                + "}\nspec: {title: Guarded shop}\n");
  }

  @Test
  void aDeveloperWritesInTheirTeamsNamespaceAndIsRefusedInAnother() throws Exception {
    WriteResult own = writerFor(ALICE).create(names.name(), "team-a", instance("alices", "team-a"));
    WriteResult other =
        writerFor(ALICE).create(names.name(), "team-b", instance("intruder", "team-b"));

    assertThat(own.succeeded()).as(own.message()).isTrue();
    assertThat(other.succeeded()).isFalse();
    assertThat(other.message())
        .contains("alice")
        .contains("team-b")
        .containsIgnoringCase("forbidden");
    GenericKubernetesResource stored =
        admin
            .genericKubernetesResources(
                CustomResourceDefinitionContext.fromCrd(compiled.instanceCrd()))
            .inNamespace("team-a")
            .withName("alices")
            .get();
    assertThat(stored.getMetadata().getManagedFields())
        .extracting(f -> f.getManager())
        .contains("kro-console");
    assertThat(
            admin
                .genericKubernetesResources(
                    CustomResourceDefinitionContext.fromCrd(compiled.instanceCrd()))
                .inNamespace("team-b")
                .withName("intruder")
                .get())
        .isNull();
  }

  @Test
  void anotherTeamsDeveloperCannotDeleteAndTheAccessReviewSaidSoBefore() throws Exception {
    writerFor(ALICE).create(names.name(), "team-a", instance("kept", "team-a"));
    String plural = compiled.instanceCrd().getSpec().getNames().getPlural();
    AccessReview bobsView = new AccessReview(() -> users.forUser(BOB));
    AccessReview alicesView = new AccessReview(() -> users.forUser(ALICE));

    assertThat(bobsView.may("delete", "kro.run", plural, "team-a").allowed()).isFalse();
    assertThat(bobsView.may("delete", "kro.run", plural, "team-a").reason())
        .isEqualTo("you cannot delete " + plural + " in namespace team-a");
    assertThat(alicesView.may("create", "kro.run", plural, "team-a").allowed()).isTrue();

    WriteResult refused = writerFor(BOB).delete(names.name(), "team-a", "kept");
    assertThat(refused.succeeded()).isFalse();
    assertThat(refused.message()).contains("bob").containsIgnoringCase("forbidden");
    assertThat(
            admin
                .genericKubernetesResources(
                    CustomResourceDefinitionContext.fromCrd(compiled.instanceCrd()))
                .inNamespace("team-a")
                .withName("kept")
                .get())
        .isNotNull();
  }
}
