package run.kro.backend.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import run.kro.backend.model.Condition;

/**
 * The engine's side of one reconcile of one instance. The controller walks the graph in topological
 * order and, for each resource, asks whether it is included, what should exist (or, for an external
 * reference, where to look), tells what the cluster returned, and asks whether it is ready;
 * dependents see what was observed before them. Nothing here talks to the cluster. One evaluation
 * per reconcile; not thread-safe. Started by {@code engine.InstanceEvaluator}.
 */
public interface InstanceEvaluation {

  /**
   * includeWhen of resource {@code id}: skipped when an expression is false or a dependency was
   * skipped; pending when an expression reads a resource that is not observed and ready yet.
   */
  Inclusion inclusion(String id);

  /**
   * The objects to apply for template resource {@code id} (one, or one per collection item, in
   * collection order). Pending while a dependency is not observed and ready, or an expression reads
   * a field that does not exist yet; failed for collections over the size limit, duplicate
   * identities, or expression errors.
   */
  Evaluated<List<DesiredObject>> desired(String id);

  /** Where external reference {@code id} points; pending and failed as for {@link #desired}. */
  Evaluated<ExternalTarget> externalTarget(String id);

  /**
   * Records what the cluster holds for {@code id}: the apply responses or the objects read (one for
   * a single resource or external reference by name; any number, in any order, for collections).
   * Collections are reordered to the desired order by identity before other resources see them as a
   * list.
   */
  void observe(String id, List<JsonNode> objects);

  /**
   * readyWhen of resource {@code id} on what was observed: every expression true (for a collection,
   * on every item, and every desired item observed). A resource with no readyWhen is ready once
   * observed.
   */
  Readiness readiness(String id);

  /**
   * The status fields and author conditions, evaluated over what was observed. {@code
   * builtInConditions} are the conditions kro computed (InstanceManaged, GraphResolved,
   * ResourcesReady, Ready), which author conditions may read with {@code runtime.condition(schema,
   * 'Ready')}.
   */
  StatusProjection status(Map<String, Condition> builtInConditions);
}
