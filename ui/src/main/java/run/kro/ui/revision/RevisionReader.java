package run.kro.ui.revision;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.cluster.GraphRevisionKind;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.backend.rollout.RolloutSettings;
import run.kro.ui.base.ClusterAccess;
import run.kro.ui.instance.InstanceApiException;
import run.kro.ui.instance.InstanceCatalog;
import run.kro.ui.rg.ApiErrorText;
import run.kro.ui.rg.ResourceGroupObjects;

/**
 * Reads a ResourceGroup's revisions as the signed-in user: the ResourceGroup (status and rollout
 * annotations), its GraphRevision objects (found by the labels the controller sets) and its
 * instances. A part the user may not read, or that is missing, becomes a problem sentence.
 */
@Service
public class RevisionReader {

  private final ClusterAccess cluster;
  private final InstanceCatalog instances;

  public RevisionReader(ClusterAccess cluster, InstanceCatalog instances) {
    this.cluster = cluster;
    this.instances = instances;
  }

  public ResourceGroupRevisions read(ResourceGroupKind kind, String name) {
    List<String> problems = new ArrayList<>();
    Optional<GenericKubernetesResource> stored;
    try {
      stored = new ResourceGroupObjects(cluster).get(kind, name);
    } catch (KubernetesClientException e) {
      problems.add("Cannot read " + kind.kind() + " " + name + ": " + ApiErrorText.of(e));
      stored = Optional.empty();
    }
    if (stored.isEmpty()) {
      if (problems.isEmpty()) {
        problems.add(kind.kind() + " " + name + " is not in the cluster.");
      }
      return new ResourceGroupRevisions(
          kind,
          name,
          false,
          RevisionStatus.NONE,
          RolloutSettings.fromAnnotations(Map.of()),
          List.of(),
          List.of(),
          problems);
    }
    JsonNode object = json(stored.get());
    return new ResourceGroupRevisions(
        kind,
        name,
        true,
        RevisionStatus.of(object.path("status")),
        RolloutSettings.fromAnnotations(stored.get().getMetadata().getAnnotations()),
        history(kind, name, problems),
        instances(name, problems),
        problems);
  }

  /** The labels the controller puts on a ResourceGroup's GraphRevisions. */
  public static Map<String, String> revisionLabels(ResourceGroupKind kind, String name) {
    return Map.of(
        KroMetadata.RESOURCE_GRAPH_DEFINITION_NAME,
        name,
        GraphRevisionKind.OWNER_KIND,
        kind.kind());
  }

  private List<GraphRevision> history(ResourceGroupKind kind, String name, List<String> problems) {
    try {
      return cluster
          .client()
          .genericKubernetesResources(GraphRevisionKind.CONTEXT)
          .withLabels(revisionLabels(kind, name))
          .list()
          .getItems()
          .stream()
          .map(this::json)
          .map(GraphRevision::of)
          .flatMap(Optional::stream)
          .toList();
    } catch (KubernetesClientException e) {
      problems.add(
          e.getCode() == ApiErrorText.FORBIDDEN
              ? "You may not read graph revisions (graphrevisions, API group internal.kro.run), so the history is not shown."
              : e.getCode() == ApiErrorText.NOT_FOUND
                  ? "This cluster has no GraphRevision API: its controller keeps no history."
                  : "Cannot read the history: " + ApiErrorText.of(e));
      return List.of();
    }
  }

  private List<InstanceRevision> instances(String name, List<String> problems) {
    try {
      return instances.list(name).stream().map(InstanceRevision::of).toList();
    } catch (InstanceApiException e) {
      problems.add("Instances are not shown: " + e.getMessage());
      return List.of();
    } catch (KubernetesClientException e) {
      problems.add("Instances are not shown: " + ApiErrorText.of(e));
      return List.of();
    }
  }

  private JsonNode json(GenericKubernetesResource object) {
    KubernetesClient client = cluster.client();
    return client.getKubernetesSerialization().convertValue(object, JsonNode.class);
  }
}
