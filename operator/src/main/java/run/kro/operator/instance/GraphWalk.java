package run.kro.operator.instance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.DesiredObject;
import run.kro.backend.api.Evaluated;
import run.kro.backend.api.ExternalTarget;
import run.kro.backend.api.Inclusion;
import run.kro.backend.api.InstanceEvaluation;
import run.kro.backend.api.InstanceIdentity;
import run.kro.backend.api.Readiness;
import run.kro.backend.api.RuntimeOptions;
import run.kro.backend.status.NodeReport;
import run.kro.backend.status.NodeState;
import run.kro.operator.registry.ActiveGraph;

/**
 * One-pass convergence (our decision 2): walks the graph in topological order; each resource is rendered from what
 * its dependencies returned moments ago in this same pass, applied, and checked for readiness, so a chain of
 * instantly-ready resources converges in one reconcile. A resource that is not ready stops only its dependents, which
 * are woken later by a watch event on it.
 */
final class GraphWalk {

  private final ChildApplier applier;
  private final ExternalReader externals;
  private final RuntimeOptions options;

  GraphWalk(ChildApplier applier, ExternalReader externals, RuntimeOptions options) {
    this.applier = applier;
    this.externals = externals;
    this.options = options;
  }

  WalkResult walk(ActiveGraph active, JsonNode instance, InstanceIdentity identity) {
    TimedEvaluation evaluation = new TimedEvaluation(InstanceEvaluation.start(active.graph(), instance, options));
    Pass pass = new Pass(evaluation, identity.applySetId(), new DesiredStateHash(active.revision()));
    for (CompiledResource resource : active.graph().inTopologicalOrder()) {
      pass.nodes.add(pass.visit(resource));
    }
    return new WalkResult(evaluation, pass.nodes, pass.keptUids, pass.namespaces, pass.targets, pass.hash.value(),
        pass.writes);
  }

  /** The state of one walk. */
  private final class Pass {
    private final InstanceEvaluation evaluation;
    private final String applySetId;
    private final DesiredStateHash hash;
    private final List<NodeReport> nodes = new ArrayList<>();
    private final Set<String> keptUids = new HashSet<>();
    private final Set<String> namespaces = new HashSet<>();
    private final List<ExternalTarget> targets = new ArrayList<>();
    private int writes;

    Pass(InstanceEvaluation evaluation, String applySetId, DesiredStateHash hash) {
      this.evaluation = evaluation;
      this.applySetId = applySetId;
      this.hash = hash;
    }

    NodeReport visit(CompiledResource resource) {
      NodeReport report = NodeReports.initial(resource);
      Inclusion inclusion = evaluation.inclusion(resource.id());
      if (inclusion instanceof Inclusion.Skipped skipped) {
        hash.skipped(resource.id());
        return report.withState(NodeState.SKIPPED, skipped.reason());
      }
      if (inclusion instanceof Inclusion.Pending pending) {
        return report.withState(NodeState.IN_PROGRESS, pending.reason());
      }
      if (inclusion instanceof Inclusion.Failed failed) {
        return report.withState(NodeState.ERROR, failed.message());
      }
      return resource.shape().isExternal() ? readExternal(resource, report) : applyTemplate(resource, report);
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
        return report.withState(NodeState.WAITING_FOR_READINESS, "waiting for external reference \""
            + resource.id() + "\": " + external.gvk().kind() + " " + external.namespace().map(ns -> ns + "/").orElse("")
            + external.name().orElse("") + " not found");
      }
      evaluation.observe(resource.id(), found);
      return ready(resource, NodeReports.counted(report, found.size(), found.size()));
    }

    private NodeReport applyTemplate(CompiledResource resource, NodeReport report) {
      Evaluated<List<DesiredObject>> rendered = evaluation.desired(resource.id());
      if (!(rendered instanceof Evaluated.Value<List<DesiredObject>> value)) {
        return unevaluated(report, rendered);
      }
      List<DesiredObject> desired = value.value();
      report = NodeReports.rendered(report, resource, desired);
      List<JsonNode> observed = new ArrayList<>(desired.size());
      for (DesiredObject object : desired) {
        hash.add(resource.id(), object.object());
        object.namespace().ifPresent(namespaces::add);
        ApplyOutcome outcome = applier.ensure(object, applySetId);
        if (outcome instanceof ApplyOutcome.Observed seen) {
          observed.add(seen.object());
          Optional.ofNullable(seen.object().path("metadata").path("uid").textValue()).ifPresent(keptUids::add);
          writes += seen.wrote() ? 1 : 0;
        } else if (outcome instanceof ApplyOutcome.Terminating terminating) {
          return report.withState(NodeState.DELETING, terminating.message());
        } else if (outcome instanceof ApplyOutcome.Conflict conflict) {
          return report.withState(NodeState.ERROR, conflict.message());
        } else {
          return report.withState(NodeState.ERROR, ((ApplyOutcome.Rejected) outcome).message());
        }
      }
      evaluation.observe(resource.id(), observed);
      return ready(resource, NodeReports.counted(report, desired.size(), observed.size()));
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
