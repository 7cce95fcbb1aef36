package run.kro.operator.instance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.DesiredObject;
import run.kro.backend.api.Evaluated;
import run.kro.backend.api.ExternalTarget;
import run.kro.backend.api.Inclusion;
import run.kro.backend.api.InstanceEvaluation;
import run.kro.backend.api.InstanceIdentity;
import run.kro.backend.api.Readiness;
import run.kro.backend.api.RuntimeOptions;
import run.kro.backend.engine.InstanceEvaluator;
import run.kro.backend.status.NodeReport;
import run.kro.backend.status.NodeState;
import run.kro.operator.registry.ActiveGraph;
import run.kro.operator.serviceaccounts.ChildAccess;

/**
 * One-pass convergence (docs/design.md#one-pass-level-by-level): walks the graph level by level.
 * The resources of a level depend only on earlier levels, so they are rendered from what those
 * returned moments ago in this same pass, and their objects are applied together; then each is
 * checked for readiness. A chain of instantly-ready resources converges in one reconcile. A
 * resource that is not ready stops only its dependents, which are woken later by a watch event on
 * it.
 */
final class GraphWalk {

  private final ChildApplier applier;
  private final ExternalReader externals;
  private final RuntimeOptions options;
  private final Executor applies;

  GraphWalk(
      ChildApplier applier, ExternalReader externals, RuntimeOptions options, Executor applies) {
    this.applier = applier;
    this.externals = externals;
    this.options = options;
    this.applies = applies;
  }

  /**
   * @param access who may write each child, by its namespace
   */
  WalkResult walk(
      ActiveGraph active, JsonNode instance, InstanceIdentity identity, ChildAccess access) {
    TimedEvaluation evaluation =
        new TimedEvaluation(InstanceEvaluator.start(active.graph(), instance, options));
    Pass pass =
        new Pass(
            evaluation, identity.applySetId(), new DesiredStateHash(active.revision()), access);
    for (List<String> level : active.graph().graph().levels()) {
      List<Step> steps =
          level.stream().map(id -> pass.plan(active.graph().resources().get(id))).toList();
      List<CompletableFuture<List<ApplyOutcome>>> outcomes =
          steps.stream().map(pass::apply).toList();
      for (int i = 0; i < steps.size(); i++) {
        pass.nodes.add(pass.finish(steps.get(i), join(outcomes.get(i))));
      }
    }
    return new WalkResult(
        evaluation,
        pass.nodes,
        pass.keptUids,
        pass.namespaces,
        pass.targets,
        pass.hash.value(),
        pass.writes);
  }

  /**
   * Transient API failures inside an apply are rethrown as they are, to be retried with backoff.
   */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /**
   * A resource between rendering and applying: either settled already (skipped, pending, failed) or
   * to apply.
   */
  private record Step(
      CompiledResource resource, NodeReport report, List<DesiredObject> desired, boolean settled) {

    static Step settled(CompiledResource resource, NodeReport report) {
      return new Step(resource, report, List.of(), true);
    }
  }

  /** The state of one walk. */
  private final class Pass {
    private final InstanceEvaluation evaluation;
    private final String applySetId;
    private final DesiredStateHash hash;
    private final ChildAccess access;
    private final List<NodeReport> nodes = new ArrayList<>();
    private final Set<String> keptUids = new HashSet<>();
    private final Set<String> namespaces = new HashSet<>();
    private final List<ExternalTarget> targets = new ArrayList<>();
    private int writes;

    Pass(
        InstanceEvaluation evaluation,
        String applySetId,
        DesiredStateHash hash,
        ChildAccess access) {
      this.evaluation = evaluation;
      this.applySetId = applySetId;
      this.hash = hash;
      this.access = access;
    }

    /** includeWhen, then what to apply (or, for an external reference, what it reads). */
    Step plan(CompiledResource resource) {
      NodeReport report = NodeReports.initial(resource);
      Inclusion inclusion = evaluation.inclusion(resource.id());
      if (inclusion instanceof Inclusion.Skipped skipped) {
        hash.skipped(resource.id());
        return Step.settled(resource, report.withState(NodeState.SKIPPED, skipped.reason()));
      }
      if (inclusion instanceof Inclusion.Pending pending) {
        return Step.settled(resource, report.withState(NodeState.IN_PROGRESS, pending.reason()));
      }
      if (inclusion instanceof Inclusion.Failed failed) {
        return Step.settled(resource, report.withState(NodeState.ERROR, failed.message()));
      }
      if (resource.shape().isExternal()) {
        return Step.settled(resource, readExternal(resource, report));
      }
      Evaluated<List<DesiredObject>> rendered = evaluation.desired(resource.id());
      if (!(rendered instanceof Evaluated.Value<List<DesiredObject>> value)) {
        return Step.settled(resource, unevaluated(report, rendered));
      }
      List<DesiredObject> desired = value.value();
      desired.forEach(
          object -> {
            hash.add(resource.id(), object.object());
            object.namespace().ifPresent(namespaces::add);
          });
      return new Step(resource, NodeReports.rendered(report, resource, desired), desired, false);
    }

    CompletableFuture<List<ApplyOutcome>> apply(Step step) {
      List<CompletableFuture<ApplyOutcome>> each =
          step.desired().stream()
              .map(
                  object ->
                      CompletableFuture.supplyAsync(
                          () -> applier.ensure(object, applySetId, access), applies))
              .toList();
      return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
          .thenApply(done -> each.stream().map(CompletableFuture::join).toList());
    }

    /** Records what the cluster returned and checks readiness. */
    NodeReport finish(Step step, List<ApplyOutcome> outcomes) {
      if (step.settled()) {
        return step.report();
      }
      List<JsonNode> observed = new ArrayList<>(outcomes.size());
      for (ApplyOutcome outcome : outcomes) {
        if (outcome instanceof ApplyOutcome.Observed seen) {
          observed.add(seen.object());
          Optional.ofNullable(seen.object().path("metadata").path("uid").textValue())
              .ifPresent(keptUids::add);
          writes += seen.wrote() ? 1 : 0;
        } else if (outcome instanceof ApplyOutcome.Terminating terminating) {
          return step.report().withState(NodeState.DELETING, terminating.message());
        } else if (outcome instanceof ApplyOutcome.Conflict conflict) {
          return step.report().withState(NodeState.ERROR, conflict.message());
        } else {
          return step.report()
              .withState(NodeState.ERROR, ((ApplyOutcome.Rejected) outcome).message());
        }
      }
      evaluation.observe(step.resource().id(), observed);
      return ready(
          step.resource(),
          NodeReports.counted(step.report(), step.desired().size(), observed.size()));
    }

    private NodeReport readExternal(CompiledResource resource, NodeReport report) {
      Evaluated<ExternalTarget> target = evaluation.externalTarget(resource.id());
      if (!(target instanceof Evaluated.Value<ExternalTarget> value)) {
        return unevaluated(report, target);
      }
      ExternalTarget external = value.value();
      targets.add(external);
      List<JsonNode> found = externals.read(external);
      report = NodeReports.located(report, external);
      if (found.isEmpty() && !external.isCollection()) {
        return report.withState(
            NodeState.WAITING_FOR_READINESS,
            "waiting for external reference \""
                + resource.id()
                + "\": "
                + external.gvk().kind()
                + " "
                + external.namespace().map(ns -> ns + "/").orElse("")
                + external.name().orElse("")
                + " not found");
      }
      evaluation.observe(resource.id(), found);
      return ready(resource, NodeReports.counted(report, found.size(), found.size()));
    }

    private NodeReport ready(CompiledResource resource, NodeReport report) {
      Readiness readiness = evaluation.readiness(resource.id());
      if (readiness instanceof Readiness.NotReady notReady) {
        return report.withState(NodeState.WAITING_FOR_READINESS, notReady.reason());
      }
      if (readiness instanceof Readiness.Failed failed) {
        return report.withState(NodeState.ERROR, failed.message());
      }
      return report.withState(NodeState.SYNCED, null);
    }

    private NodeReport unevaluated(NodeReport report, Evaluated<?> outcome) {
      if (outcome instanceof Evaluated.Pending<?> pending) {
        return report.withState(NodeState.IN_PROGRESS, pending.reason());
      }
      return report.withState(NodeState.ERROR, ((Evaluated.Failed<?>) outcome).message());
    }
  }
}
