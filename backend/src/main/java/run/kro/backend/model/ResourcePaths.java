package run.kro.backend.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import run.kro.backend.source.FieldPath;

/** Where the parts of a ResourceGroup document live, and which resource a field path belongs to. */
public final class ResourcePaths {

  public static final FieldPath SCHEMA = FieldPath.of("spec", "schema");
  public static final FieldPath SCHEMA_SPEC = SCHEMA.field("spec");
  public static final FieldPath SCHEMA_TYPES = SCHEMA.field("types");
  public static final FieldPath SCHEMA_STATUS = SCHEMA.field("status");
  public static final FieldPath RESOURCES = FieldPath.of("spec", "resources");

  private ResourcePaths() {}

  /** The entry of the resource at {@code index}: {@code spec.resources[index]}. */
  public static FieldPath resource(int index) {
    return RESOURCES.index(index);
  }

  public static FieldPath template(int index) {
    return resource(index).field("template");
  }

  /** The resource whose entry contains {@code path}, with its id as the document spells it. */
  public static Optional<Owner> ownerOf(JsonNode root, FieldPath path) {
    if (!path.startsWith(RESOURCES) || path.segments().size() <= RESOURCES.segments().size()) {
      return Optional.empty();
    }
    if (!(path.segments().get(RESOURCES.segments().size()) instanceof FieldPath.Index index)) {
      return Optional.empty();
    }
    JsonNode id = root.at(resource(index.index()).field("id").toPointer());
    if (!id.isTextual() || id.asText().isEmpty()) {
      return Optional.empty();
    }
    FieldPath entry = resource(index.index());
    FieldPath template = entry.field("template");
    return Optional.of(new Owner(id.asText(), path.startsWith(template) ? template : entry));
  }

  /** A resource id and the path its error paths are printed relative to. */
  public record Owner(String id, FieldPath root) {}
}
