package run.kro.operator.serviceaccounts;

import java.util.List;

/**
 * A Kubernetes service account, as the API server authenticates it when the controller impersonates
 * it.
 */
public record ServiceAccount(String namespace, String name) {

  /** The user name the API server gives the service account. */
  public String username() {
    return "system:serviceaccount:" + namespace + ":" + name;
  }

  /** The groups every service account of the namespace belongs to; RBAC bindings may name them. */
  public List<String> groups() {
    return List.of("system:serviceaccounts", "system:serviceaccounts:" + namespace);
  }

  @Override
  public String toString() {
    return namespace + "/" + name;
  }
}
