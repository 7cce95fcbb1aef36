package run.kro.backend.schema.compat;

import java.util.Objects;

/**
 * One difference between two schemas of a CRD version: the version, the field path (dotted, {@code
 * [*]} for array items, {@code .*} for map values, empty for the schema root or the version
 * itself), what kind of change it is, and a lower-case detail a user can read, such as {@code type
 * changed from integer to string}.
 */
public record SchemaChange(String version, String path, ChangeKind kind, String detail) {

  public SchemaChange {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(kind, "kind");
    path = path == null ? "" : path;
    detail = detail == null ? "" : detail;
  }

  public boolean breaking() {
    return kind.breaking();
  }

  /** {@code PATH: DETAIL}, or the detail alone when the change is about the root or the version. */
  public String describe() {
    return path.isEmpty() ? detail : path + ": " + detail;
  }
}
