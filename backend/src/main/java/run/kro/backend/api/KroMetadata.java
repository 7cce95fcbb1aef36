package run.kro.backend.api;

/**
 * The label and annotation keys and the field managers kro writes and reads, in one place
 * (docs/design.md#child-labels-and-the-applyset).
 */
public final class KroMetadata {

  public static final String PREFIX = "kro.run/";
  public static final String INTERNAL_PREFIX = "internal.kro.run/";

  public static final String OWNED = PREFIX + "owned";
  public static final String KRO_VERSION = PREFIX + "kro-version";
  public static final String RESOURCE_GRAPH_DEFINITION_ID = PREFIX + "resource-graph-definition-id";
  public static final String RESOURCE_GRAPH_DEFINITION_NAME =
      PREFIX + "resource-graph-definition-name";

  /** Labels on every child: which instance and which resource of the graph it belongs to. */
  public static final String INSTANCE_ID = PREFIX + "instance-id";

  public static final String INSTANCE_NAME = PREFIX + "instance-name";
  public static final String INSTANCE_NAMESPACE = PREFIX + "instance-namespace";
  public static final String INSTANCE_GROUP = PREFIX + "instance-group";
  public static final String INSTANCE_VERSION = PREFIX + "instance-version";
  public static final String INSTANCE_KIND = PREFIX + "instance-kind";
  public static final String NODE_ID = PREFIX + "node-id";
  public static final String COLLECTION_INDEX = PREFIX + "collection-index";
  public static final String COLLECTION_SIZE = PREFIX + "collection-size";
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  public static final String MANAGED_BY_KRO = "kro";

  /**
   * The deletion wave of a child, persisted so that deletion needs no CEL
   * (docs/design.md#deletion).
   */
  public static final String APPLY_ORDER = INTERNAL_PREFIX + "apply-order";

  /**
   * ApplySet (KEP-3659) metadata: the parent (instance) lists group-kinds and namespaces; children
   * point back.
   */
  public static final String APPLYSET_PART_OF = "applyset.kubernetes.io/part-of";

  public static final String APPLYSET_ID = "applyset.kubernetes.io/id";
  public static final String APPLYSET_TOOLING = "applyset.kubernetes.io/tooling";
  public static final String APPLYSET_GROUP_KINDS = "applyset.kubernetes.io/contains-group-kinds";
  public static final String APPLYSET_ADDITIONAL_NAMESPACES =
      "applyset.kubernetes.io/additional-namespaces";

  /**
   * Annotations users set: on an instance, to pause it; on a template, to keep the object when kro
   * would delete it.
   */
  public static final String RECONCILE = PREFIX + "reconcile";

  public static final String RECONCILE_SUSPENDED = "suspended";
  public static final String DELETION_POLICY = PREFIX + "deletion-policy";
  public static final String DELETION_POLICY_RETAIN = "retain";

  public static final String FINALIZER = PREFIX + "finalizer";

  /** Field managers: children, instance metadata, instance ApplySet metadata. */
  public static final String FIELD_MANAGER_APPLYSET = PREFIX + "applyset";

  public static final String FIELD_MANAGER_LABELLER = PREFIX + "labeller";
  public static final String FIELD_MANAGER_APPLYSET_PARENT = PREFIX + "applyset-parent";

  /**
   * Revisions and rollouts (docs/revisions.md). On an instance: the revision it is pinned to, set
   * by users; the revision it is admitted to, set by the staged rollout or by a user promoting it.
   */
  public static final String GRAPH_REVISION = PREFIX + "graph-revision";

  public static final String ADMITTED_REVISION = PREFIX + "admitted-revision";

  /** On a ResourceGroup: how new revisions reach its instances, and the rollout's knobs. */
  public static final String ROLLOUT = PREFIX + "rollout";

  public static final String ROLLOUT_CANARY = PREFIX + "rollout-canary";
  public static final String ROLLOUT_STEP = PREFIX + "rollout-step";
  public static final String ROLLOUT_SOAK = PREFIX + "rollout-soak";
  public static final String ROLLOUT_DEADLINE = PREFIX + "rollout-deadline";
  public static final String ROLLOUT_PAUSED = PREFIX + "rollout-paused";
  public static final String ROLLOUT_PROMOTE = PREFIX + "rollout-promote";

  /** On a ResourceGroup: the revision instances follow; absent, the latest. Rollback sets it. */
  public static final String TARGET_REVISION = PREFIX + "target-revision";

  private KroMetadata() {}
}
