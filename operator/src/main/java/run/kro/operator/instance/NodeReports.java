package run.kro.operator.instance;

import java.util.List;
import java.util.Optional;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.DesiredObject;
import run.kro.backend.api.ExternalTarget;
import run.kro.backend.status.NodeReport;
import run.kro.backend.status.NodeState;

/**
 * Builds the per-resource summary as a walk learns more about a resource: its kind, then its name,
 * then counts.
 */
final class NodeReports {

  private NodeReports() {}

  static NodeReport initial(CompiledResource resource) {
    int desired = resource.shape().isList() ? 0 : 1;
    return new NodeReport(
        resource.id(),
        resource.gvk().apiVersion(),
        resource.gvk().kind(),
        Optional.empty(),
        Optional.empty(),
        NodeState.IN_PROGRESS,
        Optional.empty(),
        desired,
        0);
  }

  /** A single object's namespace and name; a collection's item count. */
  static NodeReport rendered(
      NodeReport report, CompiledResource resource, List<DesiredObject> desired) {
    if (resource.shape().isList() || desired.isEmpty()) {
      List<String> namespaces =
          desired.stream()
              .map(DesiredObject::namespace)
              .flatMap(Optional::stream)
              .distinct()
              .toList();
      Optional<String> namespace =
          namespaces.size() == 1 ? Optional.of(namespaces.get(0)) : Optional.empty();
      return new NodeReport(
          report.id(),
          report.apiVersion(),
          report.kind(),
          namespace,
          Optional.empty(),
          report.state(),
          report.message(),
          desired.size(),
          0);
    }
    DesiredObject only = desired.get(0);
    return new NodeReport(
        report.id(),
        report.apiVersion(),
        report.kind(),
        only.namespace(),
        Optional.of(only.name()),
        report.state(),
        report.message(),
        1,
        0);
  }

  static NodeReport located(NodeReport report, ExternalTarget target) {
    return new NodeReport(
        report.id(),
        report.apiVersion(),
        report.kind(),
        target.namespace(),
        target.name(),
        report.state(),
        report.message(),
        report.desired(),
        report.observed());
  }

  static NodeReport counted(NodeReport report, int desired, int observed) {
    return new NodeReport(
        report.id(),
        report.apiVersion(),
        report.kind(),
        report.namespace(),
        report.name(),
        report.state(),
        report.message(),
        desired,
        observed);
  }
}
