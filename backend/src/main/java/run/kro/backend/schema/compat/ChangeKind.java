package run.kro.backend.schema.compat;

/**
 * What changed at one place of a schema, and whether that can invalidate an instance stored under
 * the old schema (breaking) or only widens what is accepted (not breaking). The breaking set
 * follows upstream kro's compat package; {@link #UNKNOWN_FIELDS_PRUNED}, {@link
 * #UNKNOWN_FIELDS_PRESERVED}, {@link #VERSION_ADDED} and {@link #STATUS_SCHEMA_CHANGED} are ours.
 */
public enum ChangeKind {
  PROPERTY_REMOVED(true),
  TYPE_CHANGED(true),
  /** An existing property became required, or a new property is required and has no default. */
  REQUIRED_ADDED(true),
  /** Enum values were removed, or an enum now restricts a field that had none. */
  ENUM_RESTRICTED(true),
  PATTERN_CHANGED(true),
  PATTERN_ADDED(true),
  /** A field required in both schemas lost its default, so instances can no longer omit it. */
  REQUIRED_DEFAULT_REMOVED(true),
  MINIMUM_ADDED(true),
  /** The minimum rose, or became exclusive. */
  MINIMUM_INCREASED(true),
  MAXIMUM_ADDED(true),
  /** The maximum fell, or became exclusive. */
  MAXIMUM_DECREASED(true),
  /** minLength added or increased. */
  MIN_LENGTH_TIGHTENED(true),
  /** maxLength added or decreased. */
  MAX_LENGTH_TIGHTENED(true),
  /** minItems added or increased. */
  MIN_ITEMS_TIGHTENED(true),
  /** maxItems added or decreased. */
  MAX_ITEMS_TIGHTENED(true),
  /**
   * {@code x-kubernetes-preserve-unknown-fields} was dropped: fields the new schema does not
   * declare are pruned.
   */
  UNKNOWN_FIELDS_PRUNED(true),
  /** A version was removed from the CRD, or is no longer served. */
  VERSION_REMOVED(true),

  /** A new optional property, or a new required property with a default. */
  PROPERTY_ADDED(false),
  DESCRIPTION_CHANGED(false),
  /** A default was added, changed or removed. */
  DEFAULT_CHANGED(false),
  REQUIRED_REMOVED(false),
  /** Enum values were added, or the enum was removed. */
  ENUM_EXPANDED(false),
  PATTERN_REMOVED(false),
  /** Any of minimum, maximum, minLength, maxLength, minItems, maxItems removed or relaxed. */
  BOUNDS_LOOSENED(false),
  /** {@code x-kubernetes-preserve-unknown-fields} was set: everything below is accepted as is. */
  UNKNOWN_FIELDS_PRESERVED(false),
  VERSION_ADDED(false),
  /**
   * A change under {@code status} that would be breaking anywhere else (the detail says which). kro
   * rewrites an instance's status on every reconcile, so a stricter status schema cannot strand an
   * instance.
   */
  STATUS_SCHEMA_CHANGED(false);

  private final boolean breaking;

  ChangeKind(boolean breaking) {
    this.breaking = breaking;
  }

  public boolean breaking() {
    return breaking;
  }
}
