package run.kro.ui.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.ObjectReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.status.NodeReport;

/**
 * Puts an {@link InstanceSnapshot} together from what was read (once, or from informer caches):
 * keeps the children labelled for this instance and the events about it or them, and draws the
 * status graph. Pure: no I/O.
 */
final class InstanceSnapshots {

  private InstanceSnapshots() {}

  /**
   * @param children candidate children of any kind; those not labelled for this instance are left
   *     out
   * @param events candidate events; those about other objects are left out
   */
  static InstanceSnapshot of(
      CompiledResourceGroup compiled,
      String namespace,
      String name,
      Optional<JsonNode> instance,
      Collection<JsonNode> children,
      Collection<Event> events) {
    JsonNode object = instance.orElse(TextNode.valueOf(""));
    List<NodeReport> nodes = InstanceStatusReader.nodes(object);
    Optional<String> uid =
        instance.map(i -> i.path("metadata").path("uid").asText("")).filter(u -> !u.isEmpty());
    Map<String, List<ChildObject>> byNode = children(compiled, namespace, name, uid, children);
    Set<String> uids = new HashSet<>();
    uid.ifPresent(uids::add);
    byNode.values().stream()
        .flatMap(List::stream)
        .map(ChildObject::uid)
        .flatMap(Optional::stream)
        .forEach(uids::add);
    String kind = compiled.instanceKind().kind();
    List<InstanceEvent> about =
        events.stream()
            .filter(e -> concerns(e.getInvolvedObject(), uids, kind, namespace, name))
            .map(InstanceSnapshots::event)
            .sorted(
                Comparator.comparing((InstanceEvent e) -> e.time().orElse(Instant.MIN)).reversed())
            .toList();
    return new InstanceSnapshot(
        namespace,
        name,
        instance,
        InstanceStatusReader.state(object),
        InstanceStatusReader.conditions(object),
        InstanceStatusReader.revision(object),
        nodes,
        InstanceStatusGraph.of(compiled, nodes),
        about,
        byNode);
  }

  private static Map<String, List<ChildObject>> children(
      CompiledResourceGroup compiled,
      String namespace,
      String name,
      Optional<String> uid,
      Collection<JsonNode> candidates) {
    Map<String, List<ChildObject>> byNode = new LinkedHashMap<>();
    compiled.graph().topologicalOrder().forEach(id -> byNode.put(id, new ArrayList<>()));
    for (JsonNode candidate : candidates) {
      JsonNode labels = candidate.path("metadata").path("labels");
      String instanceId = labels.path(KroMetadata.INSTANCE_ID).asText("");
      boolean ours =
          name.equals(labels.path(KroMetadata.INSTANCE_NAME).asText())
              && namespace.equals(labels.path(KroMetadata.INSTANCE_NAMESPACE).asText())
              && (uid.isEmpty() || instanceId.isEmpty() || uid.get().equals(instanceId));
      List<ChildObject> node = byNode.get(labels.path(KroMetadata.NODE_ID).asText(""));
      if (ours && node != null) {
        String childNamespace = candidate.path("metadata").path("namespace").asText("");
        node.add(
            new ChildObject(
                labels.path(KroMetadata.NODE_ID).asText(),
                candidate.path("apiVersion").asText(""),
                candidate.path("kind").asText(""),
                childNamespace.isEmpty() ? Optional.empty() : Optional.of(childNamespace),
                candidate.path("metadata").path("name").asText(""),
                candidate));
      }
    }
    byNode
        .values()
        .forEach(
            list ->
                list.sort(
                    Comparator.comparingInt(
                            (ChildObject c) ->
                                c.label(KroMetadata.COLLECTION_INDEX)
                                    .map(InstanceSnapshots::index)
                                    .orElse(0))
                        .thenComparing(ChildObject::name)));
    byNode.values().removeIf(List::isEmpty);
    return byNode;
  }

  private static int index(String label) {
    try {
      return Integer.parseInt(label);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean concerns(
      ObjectReference involved, Set<String> uids, String kind, String namespace, String name) {
    if (involved == null) {
      return false;
    }
    if (involved.getUid() != null && !involved.getUid().isEmpty()) {
      return uids.contains(involved.getUid());
    }
    return kind.equals(involved.getKind())
        && name.equals(involved.getName())
        && namespace.equals(involved.getNamespace());
  }

  private static InstanceEvent event(Event event) {
    ObjectReference involved = event.getInvolvedObject();
    int count =
        Optional.ofNullable(event.getCount())
            .or(() -> Optional.ofNullable(event.getSeries()).map(s -> s.getCount()))
            .orElse(1);
    return new InstanceEvent(
        time(event),
        Optional.ofNullable(event.getType()).orElse(""),
        Optional.ofNullable(event.getReason()).orElse(""),
        Optional.ofNullable(event.getMessage()).orElse(""),
        Optional.ofNullable(involved.getKind()).orElse(""),
        Optional.ofNullable(involved.getName()).orElse(""),
        count);
  }

  /**
   * The newest time the event carries: last seen, the series' last observation, its event time,
   * first seen.
   */
  private static Optional<Instant> time(Event event) {
    return Stream.of(
            event.getLastTimestamp(),
            Optional.ofNullable(event.getSeries())
                .map(s -> s.getLastObservedTime())
                .map(MicroTime::getTime)
                .orElse(null),
            Optional.ofNullable(event.getEventTime()).map(MicroTime::getTime).orElse(null),
            event.getFirstTimestamp(),
            event.getMetadata() == null ? null : event.getMetadata().getCreationTimestamp())
        .filter(t -> t != null && !t.isEmpty())
        .map(t -> InstanceStatusReader.time(TextNode.valueOf(t)))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
