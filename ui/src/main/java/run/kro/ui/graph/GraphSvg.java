package run.kro.ui.graph;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.util.List;
import java.util.Locale;

/**
 * Renders a laid-out graph as one SVG element: edges with arrow heads (highlighted ones red), and
 * per node a focusable group carrying {@code data-node} so that clicks and keys can be mapped back
 * to the node. Colours come from the stylesheet classes ({@code kro-graph}, {@link
 * NodeTone#cssClass()}), so the SVG holds no theme.
 */
public final class GraphSvg {

  private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();
  private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();

  public String render(GraphModel model, GraphLayout layout) {
    StringBuilder svg = new StringBuilder(4096);
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kro-graph\" width=\"%.0f\""
                + " height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"group\" aria-label=\"%s\">",
            layout.width(),
            layout.height(),
            layout.width(),
            layout.height(),
            ATTRIBUTE.escape("graph of " + model.nodes().size() + " resources")));
    svg.append("<defs>")
        .append(arrow("kro-arrow", "edge-head"))
        .append(arrow("kro-arrow-hl", "edge-head highlighted"))
        .append("</defs>");
    for (int i = 0; i < model.edges().size(); i++) {
      edge(svg, model.edges().get(i), layout.routes().get(i));
    }
    for (GraphNode node : model.nodes()) {
      node(svg, node, layout.boxes().get(node.id()));
    }
    return svg.append("</svg>").toString();
  }

  private static String arrow(String id, String cssClass) {
    return "<marker id=\""
        + id
        + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
        + " orient=\"auto-start-reverse\"><path class=\""
        + cssClass
        + "\" d=\"M0,0 L10,5 L0,10 z\"/></marker>";
  }

  private static void edge(StringBuilder svg, GraphEdge edge, List<GraphLayout.Point> route) {
    if (route.isEmpty()) {
      return;
    }
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < route.size(); i++) {
      path.append(i == 0 ? "M" : " L")
          .append(String.format(Locale.ROOT, "%.1f,%.1f", route.get(i).x(), route.get(i).y()));
    }
    svg.append("<path class=\"edge")
        .append(edge.highlighted() ? " highlighted" : "")
        .append("\" data-from=\"")
        .append(ATTRIBUTE.escape(edge.from()))
        .append("\" data-to=\"")
        .append(ATTRIBUTE.escape(edge.to()))
        .append("\" d=\"")
        .append(path)
        .append("\" marker-end=\"url(#")
        .append(edge.highlighted() ? "kro-arrow-hl" : "kro-arrow")
        .append(")\"/>");
  }

  private static void node(StringBuilder svg, GraphNode node, GraphLayout.Box box) {
    String label =
        node.title() + ", " + node.subtitle() + node.detail().map(d -> ", " + d).orElse("");
    svg.append(
        String.format(
            Locale.ROOT,
            "<g class=\"node %s%s\" data-node=\"%s\" transform=\"translate(%.1f,%.1f)\""
                + " tabindex=\"0\" role=\"button\" aria-label=\"%s\">",
            node.tone().cssClass(),
            node.dashed() ? " dashed" : "",
            ATTRIBUTE.escape(node.id()),
            box.x(),
            box.y(),
            ATTRIBUTE.escape(label)));
    svg.append("<title>").append(TEXT.escape(label)).append("</title>");
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect width=\"%.1f\" height=\"%.1f\" rx=\"6\"/>",
            box.width(),
            box.height()));
    double y = NodeMetrics.PADDING + NodeMetrics.LINE - 5;
    double width = box.width();
    text(svg, "title", NodeMetrics.fit(node.title(), width, NodeMetrics.CHAR_WIDTH), y);
    text(
        svg,
        "subtitle",
        NodeMetrics.fit(node.subtitle(), width, NodeMetrics.CHAR_WIDTH),
        y += NodeMetrics.LINE);
    if (!node.badges().isEmpty()) {
      text(
          svg,
          "badges",
          NodeMetrics.fit(String.join(" · ", node.badges()), width, NodeMetrics.SMALL_CHAR_WIDTH),
          y += NodeMetrics.LINE);
    }
    if (node.detail().isPresent()) {
      text(
          svg,
          "detail",
          NodeMetrics.fit(node.detail().get(), width, NodeMetrics.SMALL_CHAR_WIDTH),
          y + NodeMetrics.LINE);
    }
    svg.append("</g>");
  }

  private static void text(StringBuilder svg, String cssClass, String text, double y) {
    svg.append(
            String.format(
                Locale.ROOT,
                "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\">",
                cssClass,
                NodeMetrics.PADDING,
                y))
        .append(TEXT.escape(text))
        .append("</text>");
  }
}
