package run.kro.backend.model;

import java.util.List;
import java.util.Optional;

/** The schema of the generated API and the resources each instance is made of. */
public record ResourceGroupSpec(Schema schema, List<Resource> resources) {

  public ResourceGroupSpec {
    resources = resources == null ? List.of() : List.copyOf(resources);
  }

  public Optional<Resource> resource(String id) {
    return resources.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
