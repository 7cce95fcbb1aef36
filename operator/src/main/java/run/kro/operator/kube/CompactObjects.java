package run.kro.operator.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Trims the objects a watch cache keeps, in place, before they are stored: the controller holds
 * every instance and child, so what each costs is what the controller costs. Drops the {@code
 * managedFields} entries nobody here reads (only a field manager's own {@code Apply} entry is kept,
 * where one is named: what kro applied, to see fields it no longer sets) and the top-level fields a
 * cache's users never read.
 */
public final class CompactObjects {

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
    }
    object.getAdditionalProperties().keySet().removeAll(droppedFields);
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
        kept.add(entry);
      }
    }
    return kept;
  }
}
