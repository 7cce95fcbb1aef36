package run.kro.backend.render;

import run.kro.backend.api.Evaluated;

/** Carries a pending or failed {@link Evaluated} over to another value type, reason unchanged. */
final class Unresolved {

  private Unresolved() {}

  static <T> Evaluated<T> carry(Evaluated<?> notAValue) {
    if (notAValue instanceof Evaluated.Pending<?> pending) {
      return Evaluated.pending(pending.reason());
    }
    if (notAValue instanceof Evaluated.Failed<?> failed) {
      return Evaluated.failed(failed.message());
    }
    throw new IllegalArgumentException("a value is not unresolved: " + notAValue);
  }
}
