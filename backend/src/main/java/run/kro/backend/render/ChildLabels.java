package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.InstanceIdentity;
import run.kro.backend.api.KroMetadata;

/**
 * The labels and annotation kro puts on every child it applies
 * (docs/design.md#child-labels-and-the-applyset): which instance and which node of the graph it
 * belongs to, the ApplySet it is part of, its place in a collection, and its deletion wave. The
 * template's own labels and annotations stay; where a key is kro's, kro's value wins.
 */
final class ChildLabels {

  private final Map<String, String> instanceLabels;

  ChildLabels(InstanceIdentity instance, String kroVersion) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(KroMetadata.OWNED, "true");
    labels.put(KroMetadata.KRO_VERSION, kroVersion);
    labels.put(KroMetadata.INSTANCE_ID, instance.uid());
    labels.put(KroMetadata.INSTANCE_NAME, instance.name());
    instance
        .namespace()
        .ifPresent(namespace -> labels.put(KroMetadata.INSTANCE_NAMESPACE, namespace));
    labels.put(KroMetadata.INSTANCE_GROUP, instance.gvk().group());
    labels.put(KroMetadata.INSTANCE_VERSION, instance.gvk().version());
    labels.put(KroMetadata.INSTANCE_KIND, instance.gvk().kind());
    labels.put(KroMetadata.MANAGED_BY, KroMetadata.MANAGED_BY_KRO);
    labels.put(KroMetadata.APPLYSET_PART_OF, instance.applySetId());
    this.instanceLabels = Collections.unmodifiableMap(labels);
  }

  /** Labels a single resource's object. */
  void apply(ObjectNode object, CompiledResource resource) {
    ObjectNode labels = labelsOf(object, resource);
    instanceLabels.forEach(labels::put);
  }

  /** Labels item {@code index} of a collection of {@code size} items. */
  void apply(ObjectNode object, CompiledResource resource, int index, int size) {
    ObjectNode labels = labelsOf(object, resource);
    instanceLabels.forEach(labels::put);
    labels.put(KroMetadata.COLLECTION_INDEX, Integer.toString(index));
    labels.put(KroMetadata.COLLECTION_SIZE, Integer.toString(size));
  }

  private static ObjectNode labelsOf(ObjectNode object, CompiledResource resource) {
    ObjectNode metadata = objectAt(object, "metadata");
    objectAt(metadata, "annotations")
        .put(KroMetadata.APPLY_ORDER, Integer.toString(resource.deletionWave()));
    ObjectNode labels = objectAt(metadata, "labels");
    labels.put(KroMetadata.NODE_ID, resource.id());
    return labels;
  }

  /**
   * The object under {@code key}, replacing a null or absent value (e.g. {@code labels: ${...}}
   * that gave null).
   */
  private static ObjectNode objectAt(ObjectNode parent, String key) {
    JsonNode existing = parent.get(key);
    return existing instanceof ObjectNode object ? object : parent.putObject(key);
  }
}
