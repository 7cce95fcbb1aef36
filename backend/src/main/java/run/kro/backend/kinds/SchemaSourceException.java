package run.kro.backend.kinds;

/**
 * A schema source that cannot be read: an unreadable CRD file, or a cluster that refuses or fails a
 * request.
 */
public final class SchemaSourceException extends RuntimeException {

  public SchemaSourceException(String message) {
    super(message);
  }

  public SchemaSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
