package run.kro.backend.schema;

/**
 * A SimpleSchema field that cannot be turned into OpenAPI; the message is the upstream text where
 * there is one.
 */
final class SchemaException extends Exception {

  SchemaException(String message) {
    super(message);
  }
}
