package run.kro.operator.rollout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;

/**
 * A ResourceGroup of ConfigMap "shops" and its instances in one namespace, for the rollout ITs:
 * writes revisions and annotations, reads which revision each instance runs, and the Events.
 */
final class RolloutFleet {

  static final String API = "kro.run/v1alpha1";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Revision 2 of the ITs: divides by zero for an instance whose greeting has four letters. */
  static final String BREAKS_ON_FOUR_LETTERS = "${string(100 / (size(schema.spec.greeting) - 4))}";

  final Cluster cluster;
  final String rg;
  final String kind;
  final String ns;

  RolloutFleet(Cluster cluster, String rg, String kind, String ns) {
    this.cluster = cluster;
    this.rg = rg;
    this.kind = kind;
    this.ns = ns;
  }

  static String shop(int i) {
    return String.format("shop-%02d", i);
  }

  /**
   * Applies the ResourceGroup with {@code expression} as the ConfigMap's greeting, and waits until
   * it is Active.
   */
  void revision(String expression, Map<String, String> annotations) {
    GenericKubernetesResource resourceGroup =
        Fixtures.object(
            "rollout/shop.yaml", Map.of("RG", rg, "KIND", kind, "GREETING_EXPRESSION", expression));
    resourceGroup.getMetadata().setAnnotations(annotations);
    cluster.applyActive(resourceGroup);
  }

  void instances(int count, Map<Integer, String> greetings) {
    IntStream.range(0, count)
        .forEach(
            i ->
                cluster.apply(
                    Fixtures.object(
                        "rollout/shop-instance.yaml",
                        Map.of(
                            "KIND",
                            kind,
                            "NAME",
                            shop(i),
                            "NS",
                            ns,
                            "GREETING",
                            greetings.getOrDefault(i, "hello")))));
  }

  /** Merge-patches annotations of the ResourceGroup; a null value removes one. */
  void annotateGroup(Map<String, String> annotations) {
    cluster
        .kind(API, "ResourceGroup")
        .withName(rg)
        .patch(PatchContext.of(PatchType.JSON_MERGE), patch(annotations));
  }

  void annotateInstance(String name, Map<String, String> annotations) {
    cluster
        .kind(API, kind)
        .inNamespace(ns)
        .withName(name)
        .patch(PatchContext.of(PatchType.JSON_MERGE), patch(annotations));
  }

  /** Each instance's {@code status.graphRevision} (0 before its first reconcile), by name. */
  Map<String, Long> revisions() {
    return cluster.kind(API, kind).inNamespace(ns).list().getItems().stream()
        .collect(
            Collectors.toMap(
                i -> i.getMetadata().getName(),
                i -> Cluster.tree(i).path("status").path("graphRevision").asLong(0),
                (a, b) -> a,
                TreeMap::new));
  }

  JsonNode instance(String name) {
    return cluster.get(API, kind, ns, name).map(Cluster::tree).orElseThrow();
  }

  JsonNode status() {
    return cluster
        .get(API, "ResourceGroup", null, rg)
        .map(Cluster::tree)
        .orElseThrow()
        .path("status");
  }

  /** Waits until every instance runs {@code revision} and is ACTIVE. */
  void awaitAllOn(long revision, int count) {
    awaitInstances(
        "all " + count + " ACTIVE on revision " + revision,
        items ->
            items.size() == count
                && items.stream()
                    .allMatch(
                        i ->
                            i.path("status").path("graphRevision").asLong() == revision
                                && i.path("status").path("state").asText().equals("ACTIVE")));
  }

  void awaitInstances(String description, Predicate<List<JsonNode>> done) {
    Awaitility.await(description)
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () ->
                done.test(
                    cluster.kind(API, kind).inNamespace(ns).list().getItems().stream()
                        .map(Cluster::tree)
                        .toList()));
  }

  /** Waits until {@code status.rollout} satisfies {@code done}; returns the status. */
  JsonNode awaitRollout(String description, Predicate<JsonNode> done) {
    return cluster.await(
        API,
        "ResourceGroup",
        null,
        rg,
        description,
        o -> done.test(o.path("status").path("rollout")));
  }

  /** The reasons of the rollout Events recorded on the ResourceGroup, oldest first. */
  List<Event> events() {
    return cluster.client().v1().events().inNamespace("default").list().getItems().stream()
        .filter(e -> rg.equals(e.getInvolvedObject().getName()))
        .filter(e -> "ResourceGroup".equals(e.getInvolvedObject().getKind()))
        .sorted(
            Comparator.comparing(Event::getFirstTimestamp)
                .thenComparing(e -> e.getMetadata().getCreationTimestamp())
                .thenComparing(e -> e.getMetadata().getResourceVersion()))
        .toList();
  }

  List<String> reasons() {
    return events().stream().map(Event::getReason).toList();
  }

  private static String patch(Map<String, String> annotations) {
    Map<String, Object> metadata = new HashMap<>();
    metadata.put("annotations", annotations);
    try {
      return JSON.writeValueAsString(Map.of("metadata", metadata));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
