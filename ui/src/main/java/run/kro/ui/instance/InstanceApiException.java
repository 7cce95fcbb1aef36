package run.kro.ui.instance;

/**
 * Why the instances of a ResourceGroup cannot be served: it does not exist, does not compile, its
 * API is not installed, or the API server refused a read. The message is for the user; there is
 * never a cause to show.
 */
public class InstanceApiException extends RuntimeException {

  public InstanceApiException(String message) {
    super(message, null, false, false);
  }
}
