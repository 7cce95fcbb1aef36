package run.kro.ui.base;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The metadata fields the API server keeps for its own bookkeeping. An edited or applied copy must
 * not carry them (a stale resourceVersion makes a write fail for no reason the user can see;
 * managedFields are refused by an apply), and an editor shows them only as noise. One list for
 * every place the console cleans an object.
 */
public final class ServerMetadata {

  public static final List<String> FIELDS =
      List.of(
          "managedFields",
          "resourceVersion",
          "uid",
          "generation",
          "creationTimestamp",
          "deletionTimestamp",
          "deletionGracePeriodSeconds",
          "selfLink");

  private ServerMetadata() {}

  /**
   * Removes the bookkeeping fields from {@code metadata}, and the {@code also} ones a caller wants
   * gone too.
   */
  public static void strip(ObjectNode metadata, String... also) {
    metadata.remove(FIELDS);
    metadata.remove(List.of(also));
  }

  /**
   * A copy of {@code object} without {@code metadata.managedFields}: as kubectl shows objects,
   * since nobody reads them.
   */
  public static JsonNode withoutManagedFields(JsonNode object) {
    JsonNode copy = object.deepCopy();
    if (copy.path("metadata") instanceof ObjectNode metadata) {
      metadata.remove("managedFields");
    }
    return copy;
  }
}
