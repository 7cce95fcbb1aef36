package run.kro.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a graph out in layers with Eclipse ELK's layered algorithm (Sugiyama style: dependencies
 * above dependents, crossings minimised, orthogonal edges). Cycles are allowed; ELK breaks them for
 * layering. Thread-safe.
 */
public final class LayeredLayout {

  private static final double NODE_SPACING = 28;
  private static final double LAYER_SPACING = 44;
  private static final double MARGIN = 16;

  static {
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  public GraphLayout layout(GraphModel model) {
    if (model.isEmpty()) {
      return new GraphLayout(Map.of(), List.of(), 0, 0);
    }
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
    Map<String, ElkNode> nodes = new HashMap<>();
    for (GraphNode node : model.nodes()) {
      ElkNode elk = ElkGraphUtil.createNode(root);
      elk.setIdentifier(node.id());
      elk.setDimensions(NodeMetrics.width(node), NodeMetrics.height(node));
      nodes.put(node.id(), elk);
    }
    List<ElkEdge> edges = new ArrayList<>();
    for (GraphEdge edge : model.edges()) {
      edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(edge.from()), nodes.get(edge.to())));
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

    Map<String, GraphLayout.Box> boxes = new HashMap<>();
    nodes.forEach(
        (id, n) ->
            boxes.put(id, new GraphLayout.Box(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
    return new GraphLayout(
        boxes,
        edges.stream().map(LayeredLayout::route).toList(),
        root.getWidth(),
        root.getHeight());
  }

  private static List<GraphLayout.Point> route(ElkEdge edge) {
    List<GraphLayout.Point> points = new ArrayList<>();
    if (edge.getSections().isEmpty()) {
      return points;
    }
    ElkEdgeSection section = edge.getSections().get(0);
    points.add(new GraphLayout.Point(section.getStartX(), section.getStartY()));
    for (ElkBendPoint bend : section.getBendPoints()) {
      points.add(new GraphLayout.Point(bend.getX(), bend.getY()));
    }
    points.add(new GraphLayout.Point(section.getEndX(), section.getEndY()));
    return points;
  }
}
