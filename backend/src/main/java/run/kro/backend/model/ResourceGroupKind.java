package run.kro.backend.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The two names under which the same API is served: ours, and upstream kro's, so its examples run
 * unchanged.
 */
public enum ResourceGroupKind {
  RESOURCE_GROUP("ResourceGroup", "resourcegroups", "rg"),
  RESOURCE_GRAPH_DEFINITION("ResourceGraphDefinition", "resourcegraphdefinitions", "rgd");

  public static final String GROUP = "kro.run";
  public static final String VERSION = "v1alpha1";
  public static final String API_VERSION = GROUP + "/" + VERSION;

  private final String kind;
  private final String plural;
  private final String shortName;

  ResourceGroupKind(String kind, String plural, String shortName) {
    this.kind = kind;
    this.plural = plural;
    this.shortName = shortName;
  }

  @JsonValue
  public String kind() {
    return kind;
  }

  public String plural() {
    return plural;
  }

  public String shortName() {
    return shortName;
  }

  /** The CRD name, e.g. {@code resourcegroups.kro.run}. */
  public String crdName() {
    return plural + "." + GROUP;
  }

  public static Optional<ResourceGroupKind> fromKind(String kind) {
    return Arrays.stream(values()).filter(k -> k.kind.equals(kind)).findFirst();
  }
}
