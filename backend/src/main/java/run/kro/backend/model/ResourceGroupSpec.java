package run.kro.backend.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema of the generated API, the resources each instance is made of, and the service accounts
 * the controller acts as when it writes them.
 *
 * @param defaultServiceAccounts the service account (a name) the controller impersonates for the
 *     children in a namespace, keyed by that namespace or {@value #ANY_NAMESPACE} for every other
 *     one. The service account lives in the child's namespace; for a cluster-scoped child, in the
 *     instance's namespace. Upstream kro's legacy field.
 */
public record ResourceGroupSpec(
    Schema schema, List<Resource> resources, Map<String, String> defaultServiceAccounts) {

  /**
   * The key of {@link #defaultServiceAccounts} that applies to any namespace without a key of its
   * own.
   */
  public static final String ANY_NAMESPACE = "*";

  public ResourceGroupSpec {
    resources = resources == null ? List.of() : List.copyOf(resources);
    defaultServiceAccounts =
        defaultServiceAccounts == null ? Map.of() : Map.copyOf(defaultServiceAccounts);
  }

  public Optional<Resource> resource(String id) {
    return resources.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The service account named for {@code namespace}: its own entry, else the {@value
   * #ANY_NAMESPACE} entry.
   */
  public Optional<String> serviceAccountFor(String namespace) {
    return Optional.ofNullable(defaultServiceAccounts.get(namespace))
        .or(() -> Optional.ofNullable(defaultServiceAccounts.get(ANY_NAMESPACE)));
  }
}
