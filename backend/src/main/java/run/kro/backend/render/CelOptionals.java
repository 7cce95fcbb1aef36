package run.kro.backend.render;

import java.util.Optional;

/**
 * Unwraps CEL optional results ({@code x.?y}, {@code optional.of(...)}) where a plain value is
 * expected.
 */
final class CelOptionals {

  private CelOptionals() {}

  /**
   * The optional's value, {@code absent} for an empty optional, or {@code value} itself if it is no
   * optional.
   */
  static Object orElse(Object value, Object absent) {
    if (value instanceof Optional<?> optional) {
      return optional.isPresent() ? optional.get() : absent;
    }
    return value;
  }
}
