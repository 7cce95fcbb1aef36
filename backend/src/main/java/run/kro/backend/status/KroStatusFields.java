package run.kro.backend.status;

import java.util.Set;

/**
 * The fields kro writes into every instance's status beside the ResourceGroup's own: the state and
 * conditions of upstream kro, plus ours — the graph revision the instance was last reconciled with,
 * a summary of every resource (which the console draws), and the hash of the rendered desired state
 * that lets a no-op reconcile write nothing.
 */
public final class KroStatusFields {

  public static final String STATE = "state";
  public static final String CONDITIONS = "conditions";
  public static final String GRAPH_REVISION = "graphRevision";
  public static final String MANAGED_RESOURCES = "managedResources";
  public static final String DESIRED_STATE_HASH = "desiredStateHash";

  /**
   * Names a ResourceGroup's status may not define (state and conditions are ignored there, as
   * upstream does).
   */
  public static final Set<String> RESERVED =
      Set.of(GRAPH_REVISION, MANAGED_RESOURCES, DESIRED_STATE_HASH);

  private KroStatusFields() {}
}
