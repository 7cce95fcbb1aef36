package run.kro.ui.base;

import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * The Kubernetes client to act with for the current request. In the console it is the signed-in
 * user's: every call impersonates them (see {@code run.kro.ui.security.UserClients}), so Kubernetes
 * RBAC decides what they may do. Tests hand in a client of their choice.
 */
@FunctionalInterface
public interface ClusterAccess {

  KubernetesClient client();
}
