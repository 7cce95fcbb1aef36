package run.kro.backend.render;

import dev.cel.runtime.CelVariableResolver;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CEL variables of one evaluation, built up as it goes: {@code schema} when it starts, each
 * resource id when the controller reports what it observed. Values are converted once, when bound,
 * and shared by every expression; local variables (forEach iterators, {@code each}) are layered on
 * top without copying.
 */
final class Bindings implements CelVariableResolver {

  private final Map<String, Object> values = new HashMap<>();

  @Override
  public Optional<Object> find(String name) {
    return Optional.ofNullable(values.get(name));
  }

  void bind(String name, Object value) {
    values.put(name, value);
  }

  void unbind(String name) {
    values.remove(name);
  }

  boolean isBound(String name) {
    return values.containsKey(name);
  }

  /** These bindings with {@code locals} in front; locals hide bound variables of the same name. */
  CelVariableResolver with(Map<String, Object> locals) {
    if (locals.isEmpty()) {
      return this;
    }
    return name -> {
      Object local = locals.get(name);
      return local != null ? Optional.of(local) : find(name);
    };
  }
}
