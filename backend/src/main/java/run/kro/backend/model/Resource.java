package run.kro.backend.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * One resource of the graph: either a template the controller applies or a reference to an existing
 * object it only reads. {@code template} is never modified after reading.
 */
public record Resource(
    String id,
    Optional<JsonNode> template,
    Optional<ExternalRef> externalRef,
    List<String> readyWhen,
    List<String> includeWhen,
    List<ForEachDimension> forEach) {

  public Resource {
    template = template == null ? Optional.empty() : template.filter(t -> !t.isNull());
    externalRef = externalRef == null ? Optional.empty() : externalRef;
    readyWhen = readyWhen == null ? List.of() : List.copyOf(readyWhen);
    includeWhen = includeWhen == null ? List.of() : List.copyOf(includeWhen);
    forEach = forEach == null ? List.of() : List.copyOf(forEach);
  }

  public boolean isExternal() {
    return externalRef.isPresent();
  }

  public boolean isCollection() {
    return !forEach.isEmpty();
  }
}
