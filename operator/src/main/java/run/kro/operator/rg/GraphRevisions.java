package run.kro.operator.rg;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.api.KroVersion;
import run.kro.backend.cluster.GraphRevisionKind;
import run.kro.operator.kube.CanonicalJson;
import run.kro.operator.kube.Json;

/**
 * The GraphRevisions of ResourceGroups (docs/design.md#revisions): one immutable, cluster-scoped
 * object per accepted spec, owned by its ResourceGroup, so that the history survives the
 * controller. Issued when a new spec is served, read back after a restart, and collected beyond the
 * history the settings keep, except the latest and those an instance still uses.
 */
final class GraphRevisions {

  private static final Logger LOG = LoggerFactory.getLogger(GraphRevisions.class);

  /** One issued revision: its object's name, its number and the spec it holds. */
  record Revision(String name, long number, JsonNode spec) {

    String hash() {
      return CanonicalJson.hash(spec);
    }
  }

  private final KubernetesClient client;

  GraphRevisions(KubernetesClient client) {
    this.client = client;
  }

  /**
   * Writes revision {@code number} of {@code resourceGroup} with {@code spec}; one already written
   * under that name is left as it is (revisions are immutable, and a retry may repeat this).
   */
  Revision issue(
      ResourceGroupKey key, GenericKubernetesResource resourceGroup, JsonNode spec, long number) {
    String name = RevisionNames.of(key, number);
    GenericKubernetesResource revision =
        new GenericKubernetesResourceBuilder()
            .withApiVersion(
                GraphRevisionKind.CONTEXT.getGroup() + "/" + GraphRevisionKind.CONTEXT.getVersion())
            .withKind(GraphRevisionKind.CONTEXT.getKind())
            .withNewMetadata()
            .withName(name)
            .withLabels(labels(key))
            .withOwnerReferences(
                new OwnerReferenceBuilder()
                    .withApiVersion(resourceGroup.getApiVersion())
                    .withKind(resourceGroup.getKind())
                    .withName(resourceGroup.getMetadata().getName())
                    .withUid(resourceGroup.getMetadata().getUid())
                    .withController(true)
                    .withBlockOwnerDeletion(true)
                    .build())
            .endMetadata()
            .withAdditionalProperties(
                Map.of(
                    "spec",
                    Map.of("revision", number, "snapshot", snapshot(key, resourceGroup, spec))))
            .build();
    try {
      client.genericKubernetesResources(GraphRevisionKind.CONTEXT).resource(revision).create();
      LOG.info("{}: issued GraphRevision {}", key, name);
    } catch (KubernetesClientException e) {
      if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
        throw e;
      }
    }
    return new Revision(name, number, spec);
  }

  /** The revisions issued for {@code key}, oldest first. */
  List<Revision> list(ResourceGroupKey key) {
    return client
        .genericKubernetesResources(GraphRevisionKind.CONTEXT)
        .withLabels(selector(key))
        .list()
        .getItems()
        .stream()
        .map(GraphRevisions::read)
        .flatMap(Optional::stream)
        .sorted(Comparator.comparingLong(Revision::number))
        .toList();
  }

  /** Revision {@code number} of {@code key}, when it was issued and not collected. */
  Optional<Revision> get(ResourceGroupKey key, long number) {
    return Optional.ofNullable(
            client
                .genericKubernetesResources(GraphRevisionKind.CONTEXT)
                .withName(RevisionNames.of(key, number))
                .get())
        .flatMap(GraphRevisions::read);
  }

  /** The newest revision issued for {@code key}. */
  Optional<Revision> latest(ResourceGroupKey key) {
    List<Revision> all = list(key);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * Deletes the revisions of {@code key} beyond the newest {@code keep}, sparing the latest and
   * every revision in {@code inUse}.
   *
   * @return the numbers of the revisions deleted
   */
  List<Long> collect(ResourceGroupKey key, int keep, Set<Long> inUse) {
    List<Long> collected = new ArrayList<>();
    for (Revision old : RevisionHistory.toCollect(list(key), keep, inUse)) {
      client.genericKubernetesResources(GraphRevisionKind.CONTEXT).withName(old.name()).delete();
      collected.add(old.number());
      LOG.info("{}: collected GraphRevision {}", key, old.name());
    }
    return collected;
  }

  /** The labels that find a ResourceGroup's revisions, whichever release wrote them. */
  private static Map<String, String> selector(ResourceGroupKey key) {
    return Map.of(
        KroMetadata.RESOURCE_GRAPH_DEFINITION_NAME,
        key.name(),
        GraphRevisionKind.OWNER_KIND,
        key.kind().kind());
  }

  private static Map<String, String> labels(ResourceGroupKey key) {
    Map<String, String> labels = new LinkedHashMap<>(selector(key));
    labels.put(KroMetadata.OWNED, "true");
    labels.put(KroMetadata.KRO_VERSION, KroVersion.current());
    return labels;
  }

  private static Map<String, Object> snapshot(
      ResourceGroupKey key, GenericKubernetesResource resourceGroup, JsonNode spec) {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    snapshot.put("name", key.name());
    Optional.ofNullable(resourceGroup.getMetadata().getGeneration())
        .ifPresent(generation -> snapshot.put("generation", generation));
    snapshot.put("spec", Json.MAPPER.convertValue(spec, Map.class));
    return snapshot;
  }

  private static Optional<Revision> read(GenericKubernetesResource object) {
    JsonNode spec = Json.tree(object).path("spec");
    long number = spec.path("revision").asLong(0);
    JsonNode accepted = spec.path("snapshot").path("spec");
    return number < 1 || !accepted.isObject()
        ? Optional.empty()
        : Optional.of(new Revision(object.getMetadata().getName(), number, accepted));
  }
}
