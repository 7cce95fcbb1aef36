package run.kro.backend.render;

import dev.cel.common.CelErrorCode;
import dev.cel.runtime.CelEvaluationException;
import java.util.regex.Pattern;

/**
 * Tells missing data from real errors in cel-java evaluation failures
 * (docs/design.md#missing-data-and-errors). kro classifies cel-go errors by message ("no such key",
 * "no such field", "no such attribute", "index out of bounds"); cel-java 0.14 reports the same
 * cases with error codes, which are steadier than its message texts (a missing map key reads {@code
 * key 'x' is not present in map.} through a select but just {@code x} through an index):
 *
 * <ul>
 *   <li>{@link CelErrorCode#ATTRIBUTE_NOT_FOUND}: a missing map key or struct field, a variable
 *       with no value, and a field selected on null (a field the API server has not filled in);
 *   <li>{@link CelErrorCode#INDEX_OUT_OF_BOUNDS}: a list index past the end, e.g. {@code ports[1]}
 *       of one port.
 * </ul>
 *
 * Every other code (OVERLOAD_NOT_FOUND, DIVIDE_BY_ZERO, BAD_FORMAT, NUMERIC_OVERFLOW,
 * INTERNAL_ERROR for errors thrown by library functions, ...) is an error the user has to fix.
 */
final class MissingDataClassifier {

  /**
   * cel-java's prefix, e.g. {@code evaluation error at <input>:21: }; the caller names the place
   * better.
   */
  private static final Pattern LOCATION_PREFIX =
      Pattern.compile("^evaluation error(?: at [^:]*:\\d+)?: ");

  private MissingDataClassifier() {}

  static boolean isMissingData(CelEvaluationException error) {
    CelErrorCode code = error.getErrorCode();
    return code == CelErrorCode.ATTRIBUTE_NOT_FOUND || code == CelErrorCode.INDEX_OUT_OF_BOUNDS;
  }

  static Outcome classify(CelEvaluationException error) {
    String detail = detail(error);
    return isMissingData(error) ? new Outcome.Missing(detail) : new Outcome.Error(detail);
  }

  /** The message without cel-java's location prefix. */
  static String detail(Exception error) {
    String message =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return LOCATION_PREFIX.matcher(message).replaceFirst("").strip();
  }
}
