package run.kro.ui.instance;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.FieldValidateable.Validation;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.Optional;
import run.kro.ui.rg.ApiErrorText;

/**
 * The API server's validation message for an instance that server-side apply could not even type: a value of the
 * wrong type or a field the schema does not declare makes apply fail with a 500 ("failed to create typed patch
 * object (…): .spec.replicas: expected numeric (int or float), got string"), in Go's words and naming only the
 * first problem. A strict dry-run create of the same object gets the server's own validation instead
 * ({@code spec.replicas: Invalid value: "string": spec.replicas in body must be of type integer}, or every unknown
 * field), which is what the console shows. Validation runs before the existence check, so this works for updates.
 */
final class SchemaRefusal {

  private static final int BAD_REQUEST = 400;
  private static final int INVALID = 422;
  private static final int INTERNAL_ERROR = 500;
  private static final String TYPED_PATCH = "failed to create typed patch object";

  private SchemaRefusal() {}

  /** Whether {@code e} is apply's refusal of a value it cannot type against the schema. */
  static boolean isUntypable(KubernetesClientException e) {
    return e.getCode() == INTERNAL_ERROR && Optional.ofNullable(e.getStatus()).map(Status::getMessage)
        .filter(m -> m.startsWith(TYPED_PATCH)).isPresent();
  }

  /**
   * The message for the user: for an untypable instance, the server's validation message from a strict dry run
   * (stores nothing); otherwise, or when the dry run finds nothing, the server's message as it came.
   */
  static String of(KubernetesClientException e, NonNamespaceOperation<GenericKubernetesResource,
      GenericKubernetesResourceList, Resource<GenericKubernetesResource>> instances, GenericKubernetesResource draft) {
    if (!isUntypable(e)) {
      return ApiErrorText.of(e);
    }
    try {
      instances.resource(draft).dryRun().fieldValidation(Validation.STRICT).create();
    } catch (KubernetesClientException validation) {
      if (validation.getCode() == BAD_REQUEST || validation.getCode() == INVALID) {
        return Optional.ofNullable(validation.getStatus()).map(Status::getMessage).filter(m -> !m.isBlank())
            .orElseGet(() -> ApiErrorText.of(validation));
      }
    }
    return ApiErrorText.of(e);
  }
}
