package run.kro.backend.schema.compat;

import static run.kro.backend.schema.compat.ChangeKind.BOUNDS_LOOSENED;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;

/**
 * The numeric, length and item-count bounds of one schema node. A bound added or made stricter (a
 * higher minimum, a lower maximum, or one that became exclusive) rejects values the old schema
 * accepted; anything else loosens.
 */
final class BoundComparison {

  private record Bound(String name, boolean lower, ChangeKind added, ChangeKind tightened) {}

  private record Limit(double value, boolean exclusive) {

    static Limit of(Number value, Boolean exclusive) {
      return value == null ? null : new Limit(value.doubleValue(), Boolean.TRUE.equals(exclusive));
    }

    @Override
    public String toString() {
      return JsonValues.show(value) + (exclusive ? " (exclusive)" : "");
    }
  }

  private static final Bound MINIMUM =
      new Bound("minimum", true, ChangeKind.MINIMUM_ADDED, ChangeKind.MINIMUM_INCREASED);
  private static final Bound MAXIMUM =
      new Bound("maximum", false, ChangeKind.MAXIMUM_ADDED, ChangeKind.MAXIMUM_DECREASED);
  private static final Bound MIN_LENGTH =
      new Bound(
          "minLength", true, ChangeKind.MIN_LENGTH_TIGHTENED, ChangeKind.MIN_LENGTH_TIGHTENED);
  private static final Bound MAX_LENGTH =
      new Bound(
          "maxLength", false, ChangeKind.MAX_LENGTH_TIGHTENED, ChangeKind.MAX_LENGTH_TIGHTENED);
  private static final Bound MIN_ITEMS =
      new Bound("minItems", true, ChangeKind.MIN_ITEMS_TIGHTENED, ChangeKind.MIN_ITEMS_TIGHTENED);
  private static final Bound MAX_ITEMS =
      new Bound("maxItems", false, ChangeKind.MAX_ITEMS_TIGHTENED, ChangeKind.MAX_ITEMS_TIGHTENED);

  private final ChangeRecorder changes;

  BoundComparison(ChangeRecorder changes) {
    this.changes = changes;
  }

  void compare(FieldPath path, JSONSchemaProps existing, JSONSchemaProps desired) {
    compare(
        path,
        MINIMUM,
        Limit.of(existing.getMinimum(), existing.getExclusiveMinimum()),
        Limit.of(desired.getMinimum(), desired.getExclusiveMinimum()));
    compare(
        path,
        MAXIMUM,
        Limit.of(existing.getMaximum(), existing.getExclusiveMaximum()),
        Limit.of(desired.getMaximum(), desired.getExclusiveMaximum()));
    compare(
        path,
        MIN_LENGTH,
        Limit.of(existing.getMinLength(), false),
        Limit.of(desired.getMinLength(), false));
    compare(
        path,
        MAX_LENGTH,
        Limit.of(existing.getMaxLength(), false),
        Limit.of(desired.getMaxLength(), false));
    compare(
        path,
        MIN_ITEMS,
        Limit.of(existing.getMinItems(), false),
        Limit.of(desired.getMinItems(), false));
    compare(
        path,
        MAX_ITEMS,
        Limit.of(existing.getMaxItems(), false),
        Limit.of(desired.getMaxItems(), false));
  }

  private void compare(FieldPath path, Bound bound, Limit existing, Limit desired) {
    if (existing == null && desired == null || existing != null && existing.equals(desired)) {
      return;
    }
    if (existing == null) {
      changes.record(path, bound.added(), bound.name() + " " + desired + " added");
    } else if (desired == null) {
      changes.record(path, BOUNDS_LOOSENED, bound.name() + " " + existing + " removed");
    } else {
      changes.record(
          path,
          tighter(bound, existing, desired) ? bound.tightened() : BOUNDS_LOOSENED,
          bound.name()
              + " "
              + movement(existing, desired)
              + " from "
              + existing
              + " to "
              + desired);
    }
  }

  /**
   * A lower bound is tighter when higher, an upper one when lower; at the same value, exclusive is
   * tighter.
   */
  private static boolean tighter(Bound bound, Limit existing, Limit desired) {
    if (existing.value() == desired.value()) {
      return desired.exclusive();
    }
    return bound.lower() == (desired.value() > existing.value());
  }

  private static String movement(Limit existing, Limit desired) {
    if (existing.value() == desired.value()) {
      return "changed";
    }
    return desired.value() > existing.value() ? "increased" : "decreased";
  }
}
