package run.kro.backend.schema.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every change found between two CRDs (or two schemas), in walk order: versions, then fields
 * depth-first by name.
 */
public record CompatibilityReport(List<SchemaChange> changes) {

  /** A status condition message stays readable: longer reports end with "and N more". */
  static final int MAX_DESCRIBED = 10;

  public CompatibilityReport {
    changes = List.copyOf(changes);
  }

  public boolean hasChanges() {
    return !changes.isEmpty();
  }

  public boolean hasBreakingChanges() {
    return changes.stream().anyMatch(SchemaChange::breaking);
  }

  public List<SchemaChange> breakingChanges() {
    return changes.stream().filter(SchemaChange::breaking).toList();
  }

  /**
   * The breaking changes on one line, grouped by version, e.g. {@code v1alpha1: spec.name: property
   * removed; spec.replicas: type changed from integer to string}; {@code no breaking changes} when
   * there are none.
   */
  public String describeBreaking() {
    List<SchemaChange> breaking = breakingChanges();
    if (breaking.isEmpty()) {
      return "no breaking changes";
    }
    Map<String, List<String>> byVersion = new LinkedHashMap<>();
    for (SchemaChange change : breaking.subList(0, Math.min(breaking.size(), MAX_DESCRIBED))) {
      byVersion.computeIfAbsent(change.version(), v -> new ArrayList<>()).add(change.describe());
    }
    List<String> groups = new ArrayList<>();
    byVersion.forEach((version, lines) -> groups.add(version + ": " + String.join("; ", lines)));
    String line = String.join("; ", groups);
    int more = breaking.size() - MAX_DESCRIBED;
    return more > 0 ? line + "; and " + more + " more" : line;
  }
}
