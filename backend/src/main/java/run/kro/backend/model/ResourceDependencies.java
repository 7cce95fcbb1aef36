package run.kro.backend.model;

import java.util.List;

/**
 * A resource of the graph and the resources it depends on, as listed in the ResourceGroup status.
 */
public record ResourceDependencies(String id, List<Dependency> dependencies) {

  public ResourceDependencies {
    dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
  }

  /** One dependency, an object on the wire for compatibility with kro. */
  public record Dependency(String id) {}
}
