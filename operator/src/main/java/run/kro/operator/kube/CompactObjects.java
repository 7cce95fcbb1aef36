package run.kro.operator.kube;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.fabric8.kubernetes.api.model.FieldsV1;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the objects a watch cache keeps smaller, in place, before they are stored: the controller
 * holds every instance and child, so what each costs is what the controller costs. Drops the {@code
 * managedFields} entries nobody here reads (only a field manager's own {@code Apply} entry is kept,
 * where one is named: what kro applied, to see fields it no longer sets), writes the kept entry's
 * empty leaves as one shared empty map, and stores one copy of the short strings that repeat across
 * objects (namespaces, label keys and values, kinds, field names).
 */
public final class CompactObjects {

  /** Longer strings are rarely shared (messages, certificates): interning them would only cost. */
  private static final int MAX_INTERNED_LENGTH = 128;

  private static final Interner<String> STRINGS = Interners.newWeakInterner();

  private final Optional<String> keptApplyManager;
  private final Set<String> droppedFields;

  private CompactObjects(Optional<String> keptApplyManager, Set<String> droppedFields) {
    this.keptApplyManager = keptApplyManager;
    this.droppedFields = droppedFields;
  }

  /** Keeps no {@code managedFields} at all. */
  public static CompactObjects withoutManagedFields() {
    return new CompactObjects(Optional.empty(), Set.of());
  }

  /** Keeps the {@code Apply} entry of {@code manager}. */
  public static CompactObjects keepingAppliedBy(String manager) {
    return new CompactObjects(Optional.of(manager), Set.of());
  }

  /**
   * Also drops these top-level fields (e.g. {@code spec}), for caches whose users never read them.
   */
  public CompactObjects dropping(String... fields) {
    return new CompactObjects(keptApplyManager, Set.of(fields));
  }

  public GenericKubernetesResource compact(GenericKubernetesResource object) {
    ObjectMeta metadata = object.getMetadata();
    if (metadata != null) {
      metadata.setManagedFields(kept(metadata.getManagedFields()));
      metadata.setNamespace(intern(metadata.getNamespace()));
      metadata.setLabels(internedStrings(metadata.getLabels()));
      metadata.setAnnotations(internedStrings(metadata.getAnnotations()));
    }
    object.setApiVersion(intern(object.getApiVersion()));
    object.setKind(intern(object.getKind()));
    object.getAdditionalProperties().keySet().removeAll(droppedFields);
    object.getAdditionalProperties().replaceAll((key, value) -> internValues(value));
    return object;
  }

  private List<ManagedFieldsEntry> kept(List<ManagedFieldsEntry> entries) {
    if (entries == null || entries.isEmpty() || keptApplyManager.isEmpty()) {
      return new ArrayList<>(0);
    }
    List<ManagedFieldsEntry> kept = new ArrayList<>(1);
    for (ManagedFieldsEntry entry : entries) {
      if (keptApplyManager.get().equals(entry.getManager())
          && "Apply".equals(entry.getOperation())) {
        entry.setManager(intern(entry.getManager()));
        entry.setOperation(intern(entry.getOperation()));
        entry.setApiVersion(intern(entry.getApiVersion()));
        entry.setFieldsType(intern(entry.getFieldsType()));
        FieldsV1 fields = entry.getFieldsV1();
        if (fields != null) {
          fields.getAdditionalProperties().replaceAll((key, value) -> sharedLeaves(value));
        }
        kept.add(entry);
      }
    }
    return kept;
  }

  /** FieldsV1 is a tree of maps whose leaves are all {@code {}}: they need not be a map each. */
  private static Object sharedLeaves(Object value) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return Map.of();
      }
      Map<String, Object> shared = new LinkedHashMap<>(map.size() * 4 / 3 + 1);
      map.forEach((key, child) -> shared.put(intern(String.valueOf(key)), sharedLeaves(child)));
      return shared;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Object internValues(Object value) {
    if (value instanceof String text) {
      return intern(text);
    }
    if (value instanceof Map<?, ?> map) {
      ((Map<Object, Object>) map).replaceAll((key, child) -> internValues(child));
    } else if (value instanceof List<?> list) {
      ((List<Object>) list).replaceAll(CompactObjects::internValues);
    }
    return value;
  }

  private static Map<String, String> internedStrings(Map<String, String> map) {
    if (map == null) {
      return null;
    }
    map.replaceAll((key, value) -> intern(value));
    return map;
  }

  private static String intern(String text) {
    return text == null || text.length() > MAX_INTERNED_LENGTH ? text : STRINGS.intern(text);
  }
}
