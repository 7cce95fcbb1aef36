package run.kro.ui.instance;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.FieldValidateable.Validation;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.Optional;

/**
 * The API server's schema validation of an instance, asked before any server-side apply: a strict
 * dry-run create (stores nothing). Apply cannot type a value of the wrong type or a field the
 * schema does not declare: it answers 500 "failed to create typed patch object (…): .spec.replicas:
 * expected numeric (int or float), got string", in Go's words, naming only the first problem, and
 * fabric8 retries 500s for a minute before giving up. The strict create answers at once with the
 * server's validation message instead ({@code spec.replicas: Invalid value: "string": spec.replicas
 * in body must be of type integer}, or every unknown field). Validation runs before the existence
 * check, so a valid instance that exists gets 409, which means "no schema problem", and updates are
 * checked too (their transition rules, such as immutable fields, are left to the apply).
 */
final class SchemaCheck {

  private static final int BAD_REQUEST = 400;
  private static final int INVALID = 422;

  private SchemaCheck() {}

  /**
   * The server's message when {@code instance} breaks its schema; empty when it does not (or cannot
   * be asked).
   */
  static Optional<String> refusal(
      NonNamespaceOperation<
              GenericKubernetesResource,
              GenericKubernetesResourceList,
              Resource<GenericKubernetesResource>>
          instances,
      GenericKubernetesResource instance) {
    try {
      // A create must not carry a resourceVersion (400); an edited instance may.
      GenericKubernetesResource created =
          new GenericKubernetesResourceBuilder(instance)
              .editMetadata()
              .withResourceVersion(null)
              .endMetadata()
              .build();
      instances.resource(created).dryRun().fieldValidation(Validation.STRICT).create();
      return Optional.empty();
    } catch (KubernetesClientException e) {
      if (e.getCode() != BAD_REQUEST && e.getCode() != INVALID) {
        return Optional.empty();
      }
      return Optional.ofNullable(e.getStatus())
          .map(Status::getMessage)
          .filter(m -> !m.isBlank())
          .or(() -> Optional.ofNullable(e.getMessage()));
    }
  }
}
