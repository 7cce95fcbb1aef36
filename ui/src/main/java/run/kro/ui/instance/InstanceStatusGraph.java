package run.kro.ui.instance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.GraphSketch;
import run.kro.backend.status.NodeReport;
import run.kro.backend.status.NodeState;
import run.kro.ui.graph.GraphModel;
import run.kro.ui.graph.GraphNode;
import run.kro.ui.graph.NodeTone;
import run.kro.ui.rg.ResourceGroupGraph;

/**
 * An instance's status drawn on its ResourceGroup's graph: the same nodes, badges and edges as in
 * the editor, each node coloured by what the controller last reported for it in {@code
 * status.managedResources}, with the object's name (or, for a collection, how many of its objects
 * exist) and why it waits or failed. Pure: no I/O.
 */
public final class InstanceStatusGraph {

  static final String NOT_RECONCILED = "not reconciled yet";

  private InstanceStatusGraph() {}

  public static GraphModel of(CompiledResourceGroup compiled, List<NodeReport> reports) {
    return of(sketch(compiled), reports);
  }

  public static GraphModel of(GraphSketch sketch, List<NodeReport> reports) {
    GraphModel graph = ResourceGroupGraph.of(sketch);
    Map<String, GraphSketch.Node> shapes =
        sketch.nodes().stream()
            .collect(Collectors.toMap(GraphSketch.Node::id, Function.identity(), (a, b) -> a));
    Map<String, NodeReport> byId =
        reports.stream()
            .collect(Collectors.toMap(NodeReport::id, Function.identity(), (a, b) -> b));
    List<GraphNode> nodes =
        graph.nodes().stream()
            .map(
                node -> node(node, shapes.get(node.id()), Optional.ofNullable(byId.get(node.id()))))
            .toList();
    return new GraphModel(nodes, graph.edges());
  }

  /** The compiled graph as a sketch: every resource compiled, no cycle. */
  static GraphSketch sketch(CompiledResourceGroup compiled) {
    List<GraphSketch.Node> nodes =
        compiled.graph().declarationOrder().stream()
            .map(id -> compiled.resources().get(id))
            .map(
                r ->
                    new GraphSketch.Node(
                        r.id(),
                        r.gvk().apiVersion(),
                        r.gvk().kind(),
                        r.shape(),
                        !r.includeWhen().isEmpty(),
                        !r.readyWhen().isEmpty(),
                        true))
            .toList();
    Map<String, Set<String>> dependencies =
        nodes.stream()
            .collect(
                Collectors.toMap(
                    GraphSketch.Node::id, n -> compiled.graph().dependenciesOf(n.id())));
    return new GraphSketch(nodes, dependencies, List.of());
  }

  private static GraphNode node(
      GraphNode drawn, GraphSketch.Node shape, Optional<NodeReport> report) {
    String kind = report.map(NodeReport::kind).filter(k -> !k.isEmpty()).orElse(shape.kind());
    if (report.isEmpty()) {
      return new GraphNode(
          drawn.id(),
          drawn.id(),
          kind,
          drawn.badges(),
          NodeTone.IN_PROGRESS,
          false,
          Optional.of(NOT_RECONCILED));
    }
    NodeReport node = report.get();
    String subtitle =
        shape.shape().isList()
            ? kind + " " + node.observed() + "/" + node.desired()
            : kind + node.name().map(name -> "/" + name).orElse("");
    Optional<String> detail = node.state() == NodeState.SYNCED ? Optional.empty() : node.message();
    return new GraphNode(
        drawn.id(),
        drawn.id(),
        subtitle,
        drawn.badges(),
        tone(node.state()),
        node.state() == NodeState.SKIPPED,
        detail);
  }

  static NodeTone tone(NodeState state) {
    return switch (state) {
      case SYNCED -> NodeTone.READY;
      case WAITING_FOR_READINESS -> NodeTone.WAITING;
      case SKIPPED -> NodeTone.SKIPPED;
      case ERROR -> NodeTone.ERROR;
      case IN_PROGRESS -> NodeTone.IN_PROGRESS;
      case DELETING, DELETED -> NodeTone.DELETING;
    };
  }
}
