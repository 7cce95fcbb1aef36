package run.kro.ui.graph;

import java.util.List;
import java.util.Map;

/**
 * Where everything goes: a box per node id, a polyline per edge (in the model's edge order), and
 * the total size.
 */
public record GraphLayout(
    Map<String, Box> boxes, List<List<Point>> routes, double width, double height) {

  public GraphLayout {
    boxes = Map.copyOf(boxes);
    routes = routes.stream().map(List::copyOf).toList();
  }

  public record Box(double x, double y, double width, double height) {}

  public record Point(double x, double y) {}
}
