package run.kro.backend.schema.compat;

/**
 * Where in a schema a change is: dotted property names, {@code [*]} for array items, {@code .*} for
 * map values.
 */
record FieldPath(String value) {

  static final FieldPath ROOT = new FieldPath("");

  FieldPath property(String name) {
    return new FieldPath(value.isEmpty() ? name : value + "." + name);
  }

  FieldPath items() {
    return new FieldPath(value + "[*]");
  }

  FieldPath values() {
    return new FieldPath(value.isEmpty() ? "*" : value + ".*");
  }

  /** Whether this is the root's {@code status} or below it. */
  boolean underStatus() {
    return value.equals("status") || value.startsWith("status.") || value.startsWith("status[");
  }
}
