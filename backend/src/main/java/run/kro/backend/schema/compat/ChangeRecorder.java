package run.kro.backend.schema.compat;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the changes of one version's comparison. It is the one place that turns a breaking
 * change under {@code status} into {@link ChangeKind#STATUS_SCHEMA_CHANGED}, so the walkers need
 * not know about it.
 */
final class ChangeRecorder {

  private final String version;
  private final List<SchemaChange> changes = new ArrayList<>();

  ChangeRecorder(String version) {
    this.version = version;
  }

  void record(FieldPath path, ChangeKind kind, String detail) {
    ChangeKind recorded =
        kind.breaking() && path.underStatus() ? ChangeKind.STATUS_SCHEMA_CHANGED : kind;
    changes.add(new SchemaChange(version, path.value(), recorded, detail));
  }

  List<SchemaChange> changes() {
    return List.copyOf(changes);
  }
}
