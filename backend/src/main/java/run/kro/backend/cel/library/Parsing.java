package run.kro.backend.cel.library;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import java.util.List;

/**
 * The two faces of each Kubernetes string-to-value function: {@code quantity(s)} gives the value or
 * fails with the parser's reason, {@code isQuantity(s)} says whether it would succeed.
 */
final class Parsing {

  /** A parser of one Kubernetes type. */
  interface Parser<T> {
    T parse(String text) throws ParseException;
  }

  private Parsing() {}

  /** {@code parseId}: the value or the parser's error; {@code isId}: whether the string parses. */
  static List<CelFunctionBinding> bindings(String parseId, String isId, Parser<?> parser) {
    return List.of(
        CelFunctionBinding.from(parseId, String.class, text -> orError(parser, text)),
        CelFunctionBinding.from(isId, String.class, text -> parses(parser, text)));
  }

  static <T> T orError(Parser<T> parser, String text) throws CelEvaluationException {
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new CelEvaluationException(e.getMessage());
    }
  }

  static boolean parses(Parser<?> parser, String text) {
    try {
      parser.parse(text);
      return true;
    } catch (ParseException e) {
      return false;
    }
  }
}
