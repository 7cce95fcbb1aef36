package run.kro.ui.instance;

import java.util.Optional;

/**
 * The outcome of creating, updating or deleting an instance: done, with what the server stored, or
 * refused with a message for the user (the API server's own words where it refused).
 *
 * @param resourceVersion the stored version after a create or update; empty after a delete or a
 *     refusal
 */
public record WriteResult(boolean succeeded, String message, Optional<String> resourceVersion) {

  static WriteResult done(String message, Optional<String> resourceVersion) {
    return new WriteResult(true, message, resourceVersion);
  }

  static WriteResult refused(String message) {
    return new WriteResult(false, message, Optional.empty());
  }
}
