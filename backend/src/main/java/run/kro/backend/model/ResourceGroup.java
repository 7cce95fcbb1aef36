package run.kro.backend.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * A ResourceGroup (or ResourceGraphDefinition): a custom API defined by a schema and a graph of
 * resource templates. Immutable; read it with {@link ResourceGroupReader}.
 */
public record ResourceGroup(
    ResourceGroupKind kind,
    ObjectMetadata metadata,
    ResourceGroupSpec spec,
    Optional<ResourceGroupStatus> status) {

  /** Annotation that lets a breaking change of the generated CRD's schema through. */
  public static final String ALLOW_BREAKING_CHANGES_ANNOTATION = "kro.run/allow-breaking-changes";

  public ResourceGroup {
    status = status == null ? Optional.empty() : status;
  }

  @JsonProperty("apiVersion")
  public String apiVersion() {
    return ResourceGroupKind.API_VERSION;
  }

  public String name() {
    return metadata.name();
  }
}
