package run.kro.ui.instance;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import run.kro.backend.api.DesiredObject;
import run.kro.ui.rg.ApiErrorText;

/**
 * Asks the API server whether it would accept one rendered child, by a server-side apply dry run
 * sent with the signed-in user's client: never with the controller's rights, so a user learns
 * nothing about kinds they may not create. What the user may not create, or what needs an object
 * that does not exist yet, is reported as not checked, with the reason.
 */
final class ChildDryRun {

  private static final int BAD_REQUEST = 400;
  private static final int CONFLICT = 409;
  private static final int INVALID = 422;

  private final KubernetesClient client;

  ChildDryRun(KubernetesClient client) {
    this.client = client;
  }

  ChildCheck check(DesiredObject desired) {
    GenericKubernetesResource object =
        client
            .getKubernetesSerialization()
            .convertValue(desired.object(), GenericKubernetesResource.class);
    try {
      client
          .resource(object)
          .dryRun(true)
          .fieldManager(InstanceDefaults.FIELD_MANAGER)
          .forceConflicts()
          .serverSideApply();
      return ChildCheck.ACCEPTED;
    } catch (KubernetesClientException e) {
      int code = e.getCode();
      if (code == BAD_REQUEST || code == CONFLICT || code == INVALID) {
        return ChildCheck.refused(ApiErrorText.of(e));
      }
      if (code == ApiErrorText.FORBIDDEN) {
        return ChildCheck.unchecked(
            "you may not create "
                + desired.gvk().kind()
                + desired.namespace().map(ns -> " in namespace " + ns).orElse(" (cluster-scoped)")
                + "; the controller checks it when it applies it");
      }
      return ChildCheck.unchecked(ApiErrorText.of(e));
    } catch (RuntimeException e) {
      // e.g. a kind the server does not serve: the client finds no handler for it
      return ChildCheck.unchecked(String.valueOf(e.getMessage()));
    }
  }
}
