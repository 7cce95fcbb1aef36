package run.kro.ui.revision;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.rollout.RolloutSettings;
import run.kro.ui.base.ClusterAccess;
import run.kro.ui.instance.InstanceApi;
import run.kro.ui.instance.InstanceApiException;
import run.kro.ui.instance.InstanceApis;
import run.kro.ui.rg.ReadyCondition;
import run.kro.ui.rg.ResourceGroupObjects;

/**
 * Where one instance stands among its ResourceGroup's revisions, for the instance page: its
 * revision, pin and admission from the instance, the target from the ResourceGroup's status (read
 * as the user; unknown when they may not read it).
 */
@Service
public class InstanceRevisions {

  private final ClusterAccess cluster;
  private final InstanceApis apis;

  public InstanceRevisions(ClusterAccess cluster, InstanceApis apis) {
    this.cluster = cluster;
    this.apis = apis;
  }

  /** The instance's standing; {@code instance} is the object as the API server returns it. */
  public InstanceRevision of(JsonNode instance) {
    JsonNode metadata = instance.path("metadata");
    Map<String, String> annotations = annotations(metadata);
    JsonNode running = instance.path("status").path("graphRevision");
    return new InstanceRevision(
        metadata.path("namespace").asText(""),
        metadata.path("name").asText(""),
        running.canConvertToLong() ? OptionalLong.of(running.asLong()) : OptionalLong.empty(),
        RolloutSettings.revision(annotations, KroMetadata.GRAPH_REVISION),
        RolloutSettings.revision(annotations, KroMetadata.ADMITTED_REVISION),
        RolloutStatus.text(instance.path("status").path("state")),
        ReadyCondition.NOT_REPORTED);
  }

  /** The revision instances of {@code rgName} should run; empty when it cannot be told. */
  public OptionalLong target(String rgName) {
    try {
      InstanceApi api = apis.resolve(rgName);
      Optional<JsonNode> stored =
          new ResourceGroupObjects(cluster)
              .get(api.sourceKind(), api.resourceGroup())
              .map(
                  o ->
                      cluster
                          .client()
                          .getKubernetesSerialization()
                          .convertValue(o, JsonNode.class));
      if (stored.isEmpty()) {
        return OptionalLong.empty();
      }
      // The same rule as the Revisions tab: the status says, else the rollback annotation, else
      // the latest.
      return new ResourceGroupRevisions(
              api.sourceKind(),
              api.resourceGroup(),
              true,
              RevisionStatus.of(stored.get().path("status")),
              RolloutSettings.fromAnnotations(annotations(stored.get().path("metadata"))),
              List.of(),
              List.of(),
              List.of())
          .target();
    } catch (InstanceApiException | KubernetesClientException e) {
      return OptionalLong.empty();
    }
  }

  private static Map<String, String> annotations(JsonNode metadata) {
    Map<String, String> annotations = new LinkedHashMap<>();
    metadata
        .path("annotations")
        .fields()
        .forEachRemaining(e -> annotations.put(e.getKey(), e.getValue().asText()));
    return annotations;
  }
}
