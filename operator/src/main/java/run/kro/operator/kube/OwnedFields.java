package run.kro.operator.kube;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Whether a field manager owns a field of a live object that the desired object no longer has (an
 * expression now gives {@code omit()} or an optional without a value, a map lost a key). The live
 * object then still holds every desired field, yet an apply is needed: only an apply without the
 * field removes it. Read from the manager's {@code Apply} entry in {@code metadata.managedFields}
 * (FieldsV1). Only map keys are followed: list elements are matched by position ({@code i:}) or key
 * fields ({@code k:}) where the desired list has them, and a list of another length already fails
 * {@link JsonSubset}; a present key whose value is null counts as present.
 */
public final class OwnedFields {

  private static final String FIELD = "f:";
  private static final String INDEX = "i:";
  private static final String KEY = "k:";

  private OwnedFields() {}

  public static boolean droppedFrom(JsonNode desired, JsonNode live, String manager) {
    for (JsonNode entry : live.path("metadata").path("managedFields")) {
      if (manager.equals(entry.path("manager").asText())
          && "Apply".equals(entry.path("operation").asText())
          && dropped(entry.path("fieldsV1"), desired)) {
        return true;
      }
    }
    return false;
  }

  private static boolean dropped(JsonNode owned, JsonNode desired) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = owned.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode child = childOf(desired, field.getKey());
      if (child == null && field.getKey().startsWith(FIELD) && desired.isObject()) {
        return true;
      }
      if (child != null && dropped(field.getValue(), child)) {
        return true;
      }
    }
    return false;
  }

  /** The desired value an owned entry stands for; null when there is none to follow. */
  private static JsonNode childOf(JsonNode desired, String entry) {
    if (entry.startsWith(FIELD)) {
      return desired.isObject() ? desired.get(entry.substring(FIELD.length())) : null;
    }
    if (entry.startsWith(INDEX) && desired.isArray()) {
      String index = entry.substring(INDEX.length());
      return index.matches("\\d{1,9}") && Integer.parseInt(index) < desired.size()
          ? desired.get(Integer.parseInt(index))
          : null;
    }
    if (entry.startsWith(KEY) && desired.isArray()) {
      JsonNode key = keyFields(entry.substring(KEY.length()));
      for (JsonNode element : desired) {
        if (JsonSubset.heldBy(key, element)) {
          return element;
        }
      }
    }
    return null;
  }

  /**
   * The key fields of a {@code k:} entry; none (matching no element) if the server wrote something
   * else.
   */
  private static JsonNode keyFields(String text) {
    try {
      JsonNode key = Json.MAPPER.readTree(text);
      return key.isObject() && !key.isEmpty() ? key : MissingNode.getInstance();
    } catch (JsonProcessingException e) {
      return MissingNode.getInstance();
    }
  }
}
