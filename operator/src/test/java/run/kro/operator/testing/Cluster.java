package run.kro.operator.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What the ITs do to the cluster as a user would (with the admin client, not the controller's):
 * apply ResourceGroups and instances, read objects of any kind, and wait for the controller to
 * bring them to a state.
 */
public final class Cluster {

  public static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KubernetesClient client;

  public Cluster(KubernetesClient client) {
    this.client = client;
  }

  public KubernetesClient client() {
    return client;
  }

  /** Creates or replaces an object of any kind (server-side apply as the test user). */
  public GenericKubernetesResource apply(GenericKubernetesResource object) {
    return client.resource(object).fieldManager("kro-tests").forceConflicts().serverSideApply();
  }

  /** Applies a ResourceGroup and waits until the controller has made it Active. */
  public JsonNode applyActive(GenericKubernetesResource resourceGroup) {
    apply(resourceGroup);
    return awaitState(
        resourceGroup.getApiVersion(),
        resourceGroup.getKind(),
        null,
        resourceGroup.getMetadata().getName(),
        "Active");
  }

  public MixedOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      kind(String apiVersion, String kind) {
    return client.genericKubernetesResources(apiVersion, kind);
  }

  public Optional<GenericKubernetesResource> get(
      String apiVersion, String kind, String namespace, String name) {
    var resources = kind(apiVersion, kind);
    return Optional.ofNullable(
        namespace == null
            ? resources.withName(name).get()
            : resources.inNamespace(namespace).withName(name).get());
  }

  public static JsonNode tree(GenericKubernetesResource object) {
    return JSON.valueToTree(object);
  }

  /**
   * Waits until the object exists and satisfies {@code condition}; returns it. On timeout, shows
   * its last status.
   */
  public JsonNode await(
      String apiVersion,
      String kind,
      String namespace,
      String name,
      String description,
      Predicate<JsonNode> condition) {
    return awaitSeen(
        apiVersion,
        kind,
        namespace,
        name,
        description,
        seen -> seen != null && condition.test(seen));
  }

  public JsonNode awaitState(
      String apiVersion, String kind, String namespace, String name, String state) {
    return await(
        apiVersion,
        kind,
        namespace,
        name,
        "in state " + state,
        o -> state.equals(o.path("status").path("state").asText()));
  }

  /**
   * Waits until the object is gone. On timeout, shows its last status (an instance's says what its
   * deletion waits on).
   */
  public void awaitGone(String apiVersion, String kind, String namespace, String name) {
    awaitSeen(apiVersion, kind, namespace, name, "deleted", seen -> seen == null);
  }

  /** Polls the object (null while absent) until {@code done}; returns the last copy seen. */
  private JsonNode awaitSeen(
      String apiVersion,
      String kind,
      String namespace,
      String name,
      String description,
      Predicate<JsonNode> done) {
    JsonNode[] seen = new JsonNode[1];
    try {
      Awaitility.await()
          .alias(kind + " " + namespace + "/" + name + " " + description)
          .atMost(PATIENCE)
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> {
                seen[0] = get(apiVersion, kind, namespace, name).map(Cluster::tree).orElse(null);
                return done.test(seen[0]);
              });
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          e.getMessage()
              + "; last seen: "
              + (seen[0] == null ? "absent" : seen[0].path("status").toPrettyString()),
          e);
    }
    return seen[0];
  }
}
