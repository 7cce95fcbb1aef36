package run.kro.operator.instance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.net.HttpURLConnection;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import run.kro.backend.api.InstanceIdentity;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.api.KroVersion;
import run.kro.backend.model.ResourceGroup;
import run.kro.operator.kube.Json;
import run.kro.operator.kube.OwnWrites;

/**
 * What kro writes on an instance's own metadata
 * (docs/design.md#instances-and-the-metadata-kro-writes): its finalizer, the ownership labels, and
 * the ApplySet parent record (id label, tooling, group-kinds and namespaces of its children), with
 * one server-side apply by {@code kro.run/labeller} — and only when something is missing or
 * different, so a managed instance costs no write.
 */
final class InstanceMetadata {

  private final KubernetesClient client;
  private final OwnWrites ownWrites;

  InstanceMetadata(KubernetesClient client, OwnWrites ownWrites) {
    this.client = client;
    this.ownWrites = ownWrites;
  }

  /**
   * The ApplySet record an instance wants: the group-kinds and other namespaces its children may
   * live in.
   */
  record Inventory(SortedSet<String> groupKinds, SortedSet<String> namespaces) {

    static Inventory recordedOn(GenericKubernetesResource instance) {
      Map<String, String> annotations = annotations(instance);
      return new Inventory(
          split(annotations.get(KroMetadata.APPLYSET_GROUP_KINDS)),
          split(annotations.get(KroMetadata.APPLYSET_ADDITIONAL_NAMESPACES)));
    }

    Inventory with(Collection<String> moreGroupKinds) {
      SortedSet<String> union = new TreeSet<>(groupKinds);
      union.addAll(moreGroupKinds);
      return new Inventory(union, namespaces);
    }

    private static SortedSet<String> split(String value) {
      return value == null || value.isBlank()
          ? new TreeSet<>()
          : new TreeSet<>(
              Arrays.stream(value.split(","))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList());
    }
  }

  /**
   * Writes the finalizer, labels and {@code inventory} when the instance lacks any of them.
   *
   * @return the instance as it is now
   */
  GenericKubernetesResource ensure(
      GenericKubernetesResource instance,
      ResourceDefinitionContext context,
      ResourceGroup owner,
      InstanceIdentity identity,
      Inventory inventory) {
    Map<String, String> labels = labels(owner, identity);
    Map<String, String> annotations = annotations(identity, inventory);
    boolean current =
        hasAll(labels(instance), labels)
            && hasAll(annotations(instance), annotations)
            && finalizers(instance).contains(KroMetadata.FINALIZER);
    return current
        ? instance
        : apply(instance, context, labels, annotations, List.of(KroMetadata.FINALIZER));
  }

  /**
   * Removes kro's finalizer (keeping its labels), letting the API server finish deleting the
   * instance.
   */
  void release(
      GenericKubernetesResource instance,
      ResourceDefinitionContext context,
      ResourceGroup owner,
      InstanceIdentity identity) {
    if (finalizers(instance).contains(KroMetadata.FINALIZER)) {
      apply(instance, context, labels(owner, identity), Map.of(), List.of());
    }
  }

  static boolean isManaged(GenericKubernetesResource instance) {
    return finalizers(instance).contains(KroMetadata.FINALIZER);
  }

  private GenericKubernetesResource apply(
      GenericKubernetesResource instance,
      ResourceDefinitionContext context,
      Map<String, String> labels,
      Map<String, String> annotations,
      List<String> finalizers) {
    ObjectNode patch = Json.MAPPER.createObjectNode();
    patch.put("apiVersion", instance.getApiVersion());
    patch.put("kind", instance.getKind());
    ObjectNode metadata = patch.putObject("metadata");
    metadata.put("name", instance.getMetadata().getName());
    Optional.ofNullable(instance.getMetadata().getNamespace())
        .ifPresent(ns -> metadata.put("namespace", ns));
    metadata.set("labels", Json.MAPPER.valueToTree(labels));
    metadata.set("annotations", Json.MAPPER.valueToTree(annotations));
    metadata.set("finalizers", Json.MAPPER.valueToTree(finalizers));
    var resources = client.genericKubernetesResources(context);
    Resource<GenericKubernetesResource> target =
        instance.getMetadata().getNamespace() == null
            ? resources.withName(instance.getMetadata().getName())
            : resources
                .inNamespace(instance.getMetadata().getNamespace())
                .withName(instance.getMetadata().getName());
    GenericKubernetesResource applied;
    try {
      applied = applyAt(target, patch, instance.getMetadata().getResourceVersion());
    } catch (KubernetesClientException e) {
      // The copy was stale. Apply again to the current object, but only if it is still the one
      // seen: a deleted instance stays deleted, and one created anew under its name is not ours.
      if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
        throw e;
      }
      GenericKubernetesResource current = target.get();
      if (current == null
          || !Objects.equals(current.getMetadata().getUid(), instance.getMetadata().getUid())) {
        throw e;
      }
      applied = applyAt(target, patch, current.getMetadata().getResourceVersion());
    }
    ownWrites.wrote(applied);
    return applied;
  }

  /**
   * Server-side apply with {@code resourceVersion} as a precondition. Server-side apply creates
   * what does not exist, and the copy a worker holds may be of an instance deleted meanwhile; with
   * a version, the API server touches that version of that object or nothing. Sent as text, which
   * the client passes on unchanged (it drops the version from an object).
   */
  private static GenericKubernetesResource applyAt(
      Resource<GenericKubernetesResource> target, ObjectNode patch, String resourceVersion) {
    ObjectNode versioned = patch.deepCopy();
    ((ObjectNode) versioned.get("metadata")).put("resourceVersion", resourceVersion);
    return target.patch(
        new PatchContext.Builder()
            .withPatchType(PatchType.SERVER_SIDE_APPLY)
            .withFieldManager(KroMetadata.FIELD_MANAGER_LABELLER)
            .withForce(true)
            .build(),
        versioned.toString());
  }

  private static Map<String, String> labels(ResourceGroup owner, InstanceIdentity identity) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(KroMetadata.OWNED, "true");
    labels.put(KroMetadata.KRO_VERSION, KroVersion.current());
    labels.put(
        KroMetadata.RESOURCE_GRAPH_DEFINITION_ID,
        Objects.requireNonNullElse(owner.metadata().uid(), ""));
    labels.put(KroMetadata.RESOURCE_GRAPH_DEFINITION_NAME, owner.name());
    labels.put(KroMetadata.APPLYSET_ID, identity.applySetId());
    return labels;
  }

  private static Map<String, String> annotations(InstanceIdentity identity, Inventory inventory) {
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put(KroMetadata.APPLYSET_TOOLING, "kro/" + KroVersion.current());
    annotations.put(KroMetadata.APPLYSET_GROUP_KINDS, String.join(",", inventory.groupKinds()));
    SortedSet<String> others = new TreeSet<>(inventory.namespaces());
    identity.namespace().ifPresent(others::remove);
    annotations.put(KroMetadata.APPLYSET_ADDITIONAL_NAMESPACES, String.join(",", others));
    return annotations;
  }

  private static boolean hasAll(Map<String, String> actual, Map<String, String> wanted) {
    return wanted.entrySet().stream()
        .allMatch(e -> Objects.equals(actual.get(e.getKey()), e.getValue()));
  }

  private static Map<String, String> labels(GenericKubernetesResource instance) {
    return Optional.ofNullable(instance.getMetadata().getLabels()).orElse(Map.of());
  }

  private static Map<String, String> annotations(GenericKubernetesResource instance) {
    return Optional.ofNullable(instance.getMetadata().getAnnotations()).orElse(Map.of());
  }

  private static List<String> finalizers(GenericKubernetesResource instance) {
    return Optional.ofNullable(instance.getMetadata().getFinalizers())
        .map(List::copyOf)
        .orElse(List.of());
  }
}
