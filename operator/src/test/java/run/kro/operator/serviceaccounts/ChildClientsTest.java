package run.kro.operator.serviceaccounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.RequestConfig;
import io.fabric8.kubernetes.client.impl.BaseClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.backend.model.ResourceGroupSpec;
import run.kro.operator.settings.ControllerSettings.ServiceAccounts.Mode;

/**
 * Which identity writes a child, by mode, the ResourceGroup's service accounts and the namespaces
 * involved.
 */
class ChildClientsTest {

  // Never connects: the tests only look at which client and impersonation headers were chosen.
  private static KubernetesClient controller;

  @BeforeAll
  static void client() {
    controller =
        new KubernetesClientBuilder()
            .withConfig(
                new ConfigBuilder()
                    .withMasterUrl("https://127.0.0.1:1")
                    .withAutoConfigure(false)
                    .build())
            .build();
  }

  @AfterAll
  static void close() {
    controller.close();
  }

  /**
   * The request settings a client's operations carry; fabric8's impersonation interceptor reads
   * them.
   */
  private static RequestConfig requestConfig(KubernetesClient client) {
    return ((BaseClient) client).getOperationContext().getRequestConfig();
  }

  private static ResourceGroupSpec spec(Map<String, String> accounts) {
    return new ResourceGroupSpec(null, List.of(), accounts);
  }

  private static ApplyIdentity granted(ChildClients.Resolution resolution) {
    assertThat(resolution).isInstanceOf(ChildClients.Resolution.Granted.class);
    return ((ChildClients.Resolution.Granted) resolution).identity();
  }

  private static String refused(ChildClients.Resolution resolution) {
    assertThat(resolution).isInstanceOf(ChildClients.Resolution.Refused.class);
    return ((ChildClients.Resolution.Refused) resolution).message();
  }

  @Test
  void aNamedServiceAccountInTheChildsNamespaceIsImpersonated() {
    ChildClients clients = new ChildClients(controller, Mode.OPTIONAL);
    ChildAccess access =
        clients.forInstance(
            spec(Map.of("team-a", "deployer", "*", "fallback")), Optional.of("team-a"));

    ApplyIdentity inA = granted(access.resolve(Optional.of("team-a")));
    assertThat(inA.serviceAccount()).contains(new ServiceAccount("team-a", "deployer"));
    assertThat(inA.client()).isNotSameAs(controller);
    RequestConfig headers = requestConfig(inA.client());
    assertThat(headers.getImpersonateUsername()).isEqualTo("system:serviceaccount:team-a:deployer");
    assertThat(headers.getImpersonateGroups())
        .containsExactly("system:serviceaccounts", "system:serviceaccounts:team-a");
    assertThat(
            Optional.ofNullable(((BaseClient) controller).getOperationContext())
                .map(context -> context.getRequestConfig().getImpersonateUsername()))
        .isEmpty();

    ApplyIdentity inB = granted(access.resolve(Optional.of("team-b")));
    assertThat(inB.serviceAccount()).contains(new ServiceAccount("team-b", "fallback"));
    assertThat(requestConfig(inB.client()).getImpersonateUsername())
        .isEqualTo("system:serviceaccount:team-b:fallback");
  }

  @Test
  void clientsAreKeptPerServiceAccount() {
    ChildClients clients = new ChildClients(controller, Mode.OPTIONAL);
    ChildAccess one = clients.forInstance(spec(Map.of("*", "deployer")), Optional.of("team-a"));
    ChildAccess other =
        clients.forInstance(spec(Map.of("team-a", "deployer")), Optional.of("team-a"));
    assertThat(granted(one.resolve(Optional.of("team-a"))).client())
        .isSameAs(granted(other.resolve(Optional.of("team-a"))).client())
        .isNotSameAs(granted(one.resolve(Optional.of("team-c"))).client());
  }

  @Test
  void aClusterScopedChildUsesTheInstancesNamespace() {
    ChildAccess access =
        new ChildClients(controller, Mode.REQUIRED)
            .forInstance(spec(Map.of("team-a", "deployer")), Optional.of("team-a"));
    assertThat(granted(access.resolve(Optional.empty())).serviceAccount())
        .contains(new ServiceAccount("team-a", "deployer"));
  }

  @Test
  void optionalModeFallsBackToTheController() {
    ChildAccess access =
        new ChildClients(controller, Mode.OPTIONAL)
            .forInstance(spec(Map.of("team-a", "deployer")), Optional.of("team-a"));
    ApplyIdentity identity = granted(access.resolve(Optional.of("team-b")));
    assertThat(identity.client()).isSameAs(controller);
    assertThat(identity.who()).isEqualTo("the controller");
  }

  @Test
  void requiredModeRefusesAChildWithoutServiceAccount() {
    ChildAccess access =
        new ChildClients(controller, Mode.REQUIRED)
            .forInstance(spec(Map.of("team-a", "deployer")), Optional.of("team-a"));
    assertThat(refused(access.resolve(Optional.of("team-b"))))
        .isEqualTo(
            "no service account for namespace \"team-b\": the controller requires one"
                + " (kro.controller.service-accounts.mode=required), and the ResourceGroup's spec.defaultServiceAccounts"
                + " names none for \"team-b\" or \"*\"");
  }

  @Test
  void aClusterScopedChildOfAClusterScopedInstanceHasNoServiceAccount() {
    ChildClients optional = new ChildClients(controller, Mode.OPTIONAL);
    assertThat(
            granted(
                    optional
                        .forInstance(spec(Map.of()), Optional.empty())
                        .resolve(Optional.empty()))
                .client())
        .isSameAs(controller);
    assertThat(
            refused(
                optional
                    .forInstance(spec(Map.of("*", "deployer")), Optional.empty())
                    .resolve(Optional.empty())))
        .contains("has no namespace for a service account");
    assertThat(
            refused(
                new ChildClients(controller, Mode.REQUIRED)
                    .forInstance(spec(Map.of()), Optional.empty())
                    .resolve(Optional.empty())))
        .contains("kro.controller.service-accounts.mode is required");
  }

  @Test
  void aForbiddenWriteSaysWhoTriedWhatWhere() {
    ApplyIdentity identity =
        new ApplyIdentity(controller, Optional.of(new ServiceAccount("team-a", "deployer")));
    assertThat(identity.forbidden("create", "configmaps", Optional.of("team-b"), "no (HTTP 403)"))
        .isEqualTo(
            "service account team-a/deployer may not create configmaps in namespace \"team-b\": no (HTTP 403)");
    assertThat(
            new ApplyIdentity(controller, Optional.empty())
                .forbidden("delete", "clusterrolebindings", Optional.empty(), "no"))
        .isEqualTo("the controller may not delete clusterrolebindings (cluster-scoped): no");
  }
}
