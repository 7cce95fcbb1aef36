package run.kro.backend.render;

import java.util.Collection;
import java.util.Optional;
import run.kro.backend.api.Inclusion;
import run.kro.backend.api.InstanceEvaluation;
import run.kro.backend.api.Readiness;

/**
 * Decides whether what a resource reads is there (docs/design.md#gating-and-includewhen): before
 * its template is rendered or its includeWhen evaluated, every resource it reads must be observed
 * and ready; a skipped resource counts as ready (it gates nothing), but reading one is no data for
 * status. Says which resource is waited for, in topological order.
 */
final class ResourceGate {

  private final InstanceEvaluation states;
  private final ObservedObjects observed;
  private final GraphPlan plan;

  ResourceGate(InstanceEvaluation states, ObservedObjects observed, GraphPlan plan) {
    this.states = states;
    this.observed = observed;
    this.plan = plan;
  }

  /**
   * Why {@code ids} are not all observed and ready (skipped ones aside), or empty when they are.
   */
  Optional<String> waitingFor(Collection<String> ids) {
    for (String id : plan.inOrder(ids)) {
      Inclusion inclusion = states.inclusion(id);
      if (inclusion instanceof Inclusion.Skipped) {
        continue;
      }
      Optional<String> undecided = undecided(id, inclusion);
      if (undecided.isPresent()) {
        return undecided;
      }
      if (!observed.isObserved(id)) {
        return Optional.of(waiting(id, "not observed yet"));
      }
      Readiness readiness = states.readiness(id);
      if (readiness instanceof Readiness.NotReady notReady) {
        return Optional.of(waiting(id, notReady.reason()));
      }
      if (readiness instanceof Readiness.Failed failed) {
        return Optional.of(waiting(id, failed.message()));
      }
    }
    return Optional.empty();
  }

  /**
   * Why {@code ids} have no data to read: one is skipped, undecided or not observed; empty when all
   * are there.
   */
  Optional<String> missing(Collection<String> ids) {
    for (String id : plan.inOrder(ids)) {
      Inclusion inclusion = states.inclusion(id);
      if (inclusion instanceof Inclusion.Skipped skipped) {
        return Optional.of("resource \"" + id + "\" is skipped (" + skipped.reason() + ")");
      }
      Optional<String> undecided = undecided(id, inclusion);
      if (undecided.isPresent()) {
        return undecided;
      }
      if (!observed.isObserved(id)) {
        return Optional.of("resource \"" + id + "\" is not observed yet");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> undecided(String id, Inclusion inclusion) {
    if (inclusion instanceof Inclusion.Pending pending) {
      return Optional.of(
          "waiting for resource \"" + id + "\" to be included (" + pending.reason() + ")");
    }
    if (inclusion instanceof Inclusion.Failed failed) {
      return Optional.of(
          "waiting for resource \""
              + id
              + "\", whose includeWhen failed ("
              + failed.message()
              + ")");
    }
    return Optional.empty();
  }

  private static String waiting(String id, String why) {
    return "waiting for resource \"" + id + "\" to be ready (" + why + ")";
  }
}
