package run.kro.operator.serviceaccounts;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Optional;

/**
 * Who writes a child and the client that acts as them: a service account the ResourceGroup names
 * (impersonated), or the controller itself when none applies.
 */
public record ApplyIdentity(KubernetesClient client, Optional<ServiceAccount> serviceAccount) {

  /** {@code service account team-a/deployer}, or {@code the controller}. */
  public String who() {
    return serviceAccount.map(account -> "service account " + account).orElse("the controller");
  }

  /**
   * The message of a request the API server forbade (HTTP 403), e.g. {@code service account
   * team-a/deployer may not create configmaps in namespace "team-b": <server message>}.
   *
   * @param verb what was attempted: create, update, delete
   * @param resource the plural resource name, e.g. configmaps
   * @param namespace the child's namespace; empty for a cluster-scoped child
   */
  public String forbidden(
      String verb, String resource, Optional<String> namespace, String serverMessage) {
    return who()
        + " may not "
        + verb
        + " "
        + resource
        + namespace.map(ns -> " in namespace \"" + ns + "\"").orElse(" (cluster-scoped)")
        + ": "
        + serverMessage;
  }
}
