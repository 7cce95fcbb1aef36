package run.kro.backend.cel;

import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import java.util.stream.Collectors;

/**
 * Prints CEL types the way cel-go and kro's messages do: {@code list(string)}, {@code
 * optional_type(bool)}.
 */
public final class CelTypeNames {

  private CelTypeNames() {}

  public static String describe(CelType type) {
    if (type.kind() == CelKind.STRUCT || type.parameters().isEmpty()) {
      return type.name();
    }
    String parameters =
        type.parameters().stream().map(CelTypeNames::describe).collect(Collectors.joining(", "));
    return type.name() + "(" + parameters + ")";
  }

  /** True for {@code optional_type(T)}. */
  public static boolean isOptional(CelType type) {
    return type.kind() == CelKind.OPAQUE
        && type.name().equals("optional_type")
        && type.parameters().size() == 1;
  }

  /** {@code T} for {@code optional_type(T)}, the type itself otherwise. */
  public static CelType unwrapOptional(CelType type) {
    return isOptional(type) ? type.parameters().get(0) : type;
  }
}
