package run.kro.operator.instance;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.operator.queue.LogFields;

/**
 * An instance to reconcile: its kind and where it lives. {@code namespace} is empty for
 * cluster-scoped kinds.
 */
public record InstanceKey(GroupVersionKind gvk, Optional<String> namespace, String name)
    implements LogFields {

  /** kind, namespace (when namespaced) and name: in every log line of this instance's reconcile. */
  @Override
  public Map<String, String> logFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("kro.kind", gvk.kind());
    namespace.ifPresent(ns -> fields.put("kro.namespace", ns));
    fields.put("kro.name", name);
    return fields;
  }

  public static InstanceKey of(GroupVersionKind gvk, HasMetadata instance) {
    String namespace = instance.getMetadata().getNamespace();
    return new InstanceKey(
        gvk,
        Optional.ofNullable(namespace).filter(ns -> !ns.isEmpty()),
        instance.getMetadata().getName());
  }

  /**
   * The instance a child belongs to, from the labels kro puts on every child; empty for objects
   * without them.
   */
  public static Optional<InstanceKey> ofChild(HasMetadata child) {
    Map<String, String> labels = child.getMetadata().getLabels();
    if (labels == null
        || !labels.containsKey(KroMetadata.INSTANCE_NAME)
        || !labels.containsKey(KroMetadata.INSTANCE_KIND)) {
      return Optional.empty();
    }
    GroupVersionKind gvk =
        new GroupVersionKind(
            labels.getOrDefault(KroMetadata.INSTANCE_GROUP, ""),
            labels.getOrDefault(KroMetadata.INSTANCE_VERSION, ""),
            labels.get(KroMetadata.INSTANCE_KIND));
    return Optional.of(
        new InstanceKey(
            gvk,
            Optional.ofNullable(labels.get(KroMetadata.INSTANCE_NAMESPACE)),
            labels.get(KroMetadata.INSTANCE_NAME)));
  }

  @Override
  public String toString() {
    return gvk.kind() + " " + namespace.map(ns -> ns + "/").orElse("") + name;
  }
}
