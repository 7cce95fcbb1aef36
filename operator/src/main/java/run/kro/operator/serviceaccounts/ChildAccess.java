package run.kro.operator.serviceaccounts;

import java.util.Optional;
import run.kro.backend.model.ResourceGroupSpec;

/**
 * Who may write the children of one instance: resolves a child's namespace to its {@link
 * ApplyIdentity}.
 */
public final class ChildAccess {

  private final ChildClients clients;
  private final ResourceGroupSpec spec;
  private final Optional<String> instanceNamespace;

  ChildAccess(ChildClients clients, ResourceGroupSpec spec, Optional<String> instanceNamespace) {
    this.clients = clients;
    this.spec = spec;
    this.instanceNamespace = instanceNamespace;
  }

  /**
   * The identity that writes a child in {@code childNamespace} (empty: cluster-scoped), or why
   * there is none.
   */
  public ChildClients.Resolution resolve(Optional<String> childNamespace) {
    return clients.resolve(spec, instanceNamespace, childNamespace);
  }
}
