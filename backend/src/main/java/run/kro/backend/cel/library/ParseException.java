package run.kro.backend.cel.library;

/**
 * A string that is not a value of a Kubernetes type (quantity, IP, CIDR, semver, URL), with
 * Kubernetes' reason.
 */
final class ParseException extends Exception {

  ParseException(String message) {
    super(message);
  }
}
