package run.kro.backend.api;

/** The label and annotation keys kro writes and reads, in one place (§1.4, §1.5, §4.3). */
public final class KroMetadata {

  public static final String PREFIX = "kro.run/";
  public static final String OWNED = PREFIX + "owned";
  public static final String KRO_VERSION = PREFIX + "kro-version";
  public static final String RESOURCE_GRAPH_DEFINITION_ID = PREFIX + "resource-graph-definition-id";
  public static final String RESOURCE_GRAPH_DEFINITION_NAME = PREFIX + "resource-graph-definition-name";

  private KroMetadata() {}
}
