package run.kro.operator.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.OwnerReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import run.kro.backend.api.KroMetadata;

/**
 * Everything an instance stands for on the cluster: its children (the objects labelled with its
 * uid), the trees of children that are instances themselves, and what the cluster's controllers
 * made for them (a Deployment's ReplicaSets and pods, a StatefulSet's pods and revisions, a Job's
 * pods, a Service's endpoint slices), found by owner references. What "deleted to nothing" is
 * checked against.
 */
public record InstanceTree(List<Node> nodes) {

  /**
   * One object of the tree, known by its uid so that a new object of the same name does not count.
   */
  public record Node(String apiVersion, String kind, String namespace, String name, String uid) {

    static Node of(GenericKubernetesResource object) {
      return new Node(
          object.getApiVersion(),
          object.getKind(),
          object.getMetadata().getNamespace(),
          object.getMetadata().getName(),
          object.getMetadata().getUid());
    }

    @Override
    public String toString() {
      return kind + " " + (namespace == null ? "" : namespace + "/") + name;
    }
  }

  private record Kind(String apiVersion, String kind) {}

  /**
   * Kinds whose objects the cluster's controllers create with an owner reference to their owner.
   */
  private static final List<Kind> OWNED_KINDS =
      List.of(
          new Kind("apps/v1", "ReplicaSet"),
          new Kind("v1", "Pod"),
          new Kind("apps/v1", "ControllerRevision"),
          new Kind("discovery.k8s.io/v1", "EndpointSlice"));

  /**
   * The tree of {@code instance}, whose ResourceGroup is {@code resourceGroups.get("apiVersion
   * Kind")}, as are those of children that are instances in turn.
   */
  public static InstanceTree of(
      Cluster cluster, GenericKubernetesResource instance, Map<String, JsonNode> resourceGroups) {
    Set<Node> nodes = new LinkedHashSet<>();
    addChildren(cluster, instance, resourceGroups, nodes);
    addOwned(cluster, nodes);
    return new InstanceTree(List.copyOf(nodes));
  }

  private static void addChildren(
      Cluster cluster,
      GenericKubernetesResource instance,
      Map<String, JsonNode> resourceGroups,
      Set<Node> nodes) {
    JsonNode resourceGroup =
        resourceGroups.get(instance.getApiVersion() + " " + instance.getKind());
    if (resourceGroup == null) {
      return;
    }
    Set<Kind> childKinds = new LinkedHashSet<>();
    for (JsonNode resource : resourceGroup.path("spec").path("resources")) {
      JsonNode template = resource.path("template");
      if (!template.isMissingNode()) {
        childKinds.add(
            new Kind(template.path("apiVersion").asText(), template.path("kind").asText()));
      }
    }
    for (Kind childKind : childKinds) {
      for (GenericKubernetesResource child :
          cluster
              .kind(childKind.apiVersion(), childKind.kind())
              .inAnyNamespace()
              .withLabel(KroMetadata.INSTANCE_ID, instance.getMetadata().getUid())
              .list()
              .getItems()) {
        nodes.add(Node.of(child));
        addChildren(cluster, child, resourceGroups, nodes);
      }
    }
  }

  /** Adds what the cluster's controllers own for the nodes, and what that owns in turn. */
  private static void addOwned(Cluster cluster, Set<Node> nodes) {
    Set<String> namespaces = new LinkedHashSet<>();
    nodes.stream().map(Node::namespace).filter(ns -> ns != null).forEach(namespaces::add);
    List<GenericKubernetesResource> candidates = new ArrayList<>();
    for (String namespace : namespaces) {
      for (Kind kind : OWNED_KINDS) {
        candidates.addAll(
            cluster.kind(kind.apiVersion(), kind.kind()).inNamespace(namespace).list().getItems());
      }
    }
    boolean grown = true;
    while (grown) {
      grown = false;
      Set<String> uids = new LinkedHashSet<>();
      nodes.forEach(node -> uids.add(node.uid()));
      for (GenericKubernetesResource candidate : candidates) {
        List<OwnerReference> owners = candidate.getMetadata().getOwnerReferences();
        if (owners != null && owners.stream().anyMatch(owner -> uids.contains(owner.getUid()))) {
          grown |= nodes.add(Node.of(candidate));
        }
      }
    }
  }

  /** Waits until no object of the tree exists any more; on timeout, names those that still do. */
  public void awaitGone(Cluster cluster, Duration patience) {
    try {
      Awaitility.await()
          .alias("the tree of " + nodes.size() + " objects deleted")
          .atMost(patience)
          .pollInterval(Duration.ofMillis(250))
          .until(() -> remaining(cluster).isEmpty());
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(e.getMessage() + "; still there: " + remaining(cluster), e);
    }
  }

  /** The objects of the tree that still exist (same uid). */
  public List<Node> remaining(Cluster cluster) {
    return nodes.stream()
        .filter(
            node ->
                cluster
                    .get(node.apiVersion(), node.kind(), node.namespace(), node.name())
                    .filter(object -> node.uid().equals(object.getMetadata().getUid()))
                    .isPresent())
        .toList();
  }

  /** How many objects of the given kind the tree holds. */
  public long count(String kind) {
    return nodes.stream().filter(node -> node.kind().equals(kind)).count();
  }
}
