package run.kro.operator.serviceaccounts;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.RequestConfigBuilder;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import run.kro.backend.model.ResourceGroupSpec;
import run.kro.operator.settings.ControllerSettings.ServiceAccounts.Mode;

/**
 * Decides which identity writes a child and hands out its client. The ResourceGroup's {@code
 * spec.defaultServiceAccounts} names a service account per namespace (or {@code "*"}); it lives in
 * the child's namespace, for a cluster-scoped child in the instance's. When one applies, the child
 * is written by a client that impersonates it, so RBAC bounds what an instance can make the
 * controller do. When none applies, the controller writes with its own rights in {@link
 * Mode#OPTIONAL} mode and refuses the child in {@link Mode#REQUIRED} mode.
 *
 * <p>Impersonating clients share the controller's HTTP client (its connections and rate limit) and
 * differ only in the impersonation headers; one is made per service account and kept. Thread-safe.
 */
public final class ChildClients {

  private final KubernetesClient controller;
  private final Mode mode;
  private final Map<ServiceAccount, KubernetesClient> impersonating = new ConcurrentHashMap<>();

  public ChildClients(KubernetesClient controller, Mode mode) {
    this.controller = controller;
    this.mode = mode;
  }

  /** Who may write the children of one instance of a ResourceGroup with {@code spec}. */
  public ChildAccess forInstance(ResourceGroupSpec spec, Optional<String> instanceNamespace) {
    return new ChildAccess(this, spec, instanceNamespace);
  }

  /**
   * The identity that writes a child in {@code childNamespace} (empty: cluster-scoped), or why
   * there is none.
   */
  Resolution resolve(
      ResourceGroupSpec spec, Optional<String> instanceNamespace, Optional<String> childNamespace) {
    Optional<String> home = childNamespace.or(() -> instanceNamespace);
    if (home.isEmpty()) {
      if (!spec.defaultServiceAccounts().isEmpty() || mode == Mode.REQUIRED) {
        return new Resolution.Refused(
            "a cluster-scoped child of a cluster-scoped instance has no namespace for a "
                + "service account to live in, and "
                + (mode == Mode.REQUIRED
                    ? "kro.controller.service-accounts.mode is required"
                    : "the ResourceGroup names service accounts in spec.defaultServiceAccounts")
                + "; make the instance namespaced to apply cluster-scoped children as a service account");
      }
      return new Resolution.Granted(new ApplyIdentity(controller, Optional.empty()));
    }
    Optional<String> name = spec.serviceAccountFor(home.get());
    if (name.isPresent()) {
      ServiceAccount account = new ServiceAccount(home.get(), name.get());
      return new Resolution.Granted(new ApplyIdentity(client(account), Optional.of(account)));
    }
    if (mode == Mode.REQUIRED) {
      return new Resolution.Refused(
          "no service account for namespace \""
              + home.get()
              + "\": the controller "
              + "requires one (kro.controller.service-accounts.mode=required), and the ResourceGroup's "
              + "spec.defaultServiceAccounts names none for \""
              + home.get()
              + "\" or \""
              + ResourceGroupSpec.ANY_NAMESPACE
              + "\"");
    }
    return new Resolution.Granted(new ApplyIdentity(controller, Optional.empty()));
  }

  private KubernetesClient client(ServiceAccount account) {
    return impersonating.computeIfAbsent(
        account,
        key ->
            controller
                .newClient(
                    new RequestConfigBuilder(controller.getConfiguration().getRequestConfig())
                        .withImpersonateUsername(key.username())
                        .withImpersonateGroups(key.groups().toArray(String[]::new))
                        .build())
                .adapt(KubernetesClient.class));
  }

  /** The identity that writes a child, or the reason the child may not be written. */
  public sealed interface Resolution {

    record Granted(ApplyIdentity identity) implements Resolution {}

    record Refused(String message) implements Resolution {}
  }
}
