package run.kro.backend.model;

import java.util.Optional;

/**
 * How an external object is found: exactly one of a name or a selector; namespace defaults to the
 * instance's. Name, namespace and selector values may hold CEL expressions.
 */
public record ExternalRefMetadata(
    Optional<String> name, Optional<String> namespace, Optional<LabelSelector> selector) {

  public ExternalRefMetadata {
    name = name == null ? Optional.empty() : name;
    namespace = namespace == null ? Optional.empty() : namespace;
    selector = selector == null ? Optional.empty() : selector;
  }

  /** A selector ref matches many objects and is seen by other resources as a list. */
  public boolean isCollection() {
    return selector.isPresent();
  }
}
