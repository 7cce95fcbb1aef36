package run.kro.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Layers follow dependencies, boxes never overlap, and the SVG carries what the browser needs. */
class LayeredLayoutTest {

  private static GraphNode node(String id) {
    return new GraphNode(id, id, "ConfigMap", List.of(), NodeTone.NEUTRAL, false, Optional.empty());
  }

  private final GraphModel diamond =
      new GraphModel(
          List.of(node("top"), node("left"), node("right"), node("bottom")),
          List.of(
              new GraphEdge("top", "left", false),
              new GraphEdge("top", "right", false),
              new GraphEdge("left", "bottom", false),
              new GraphEdge("right", "bottom", true)));

  @Test
  void dependenciesAreLaidOutAboveTheirDependents() {
    GraphLayout layout = new LayeredLayout().layout(diamond);
    double top = layout.boxes().get("top").y();
    double left = layout.boxes().get("left").y();
    assertThat(left).isGreaterThan(top);
    assertThat(layout.boxes().get("right").y()).isEqualTo(left);
    assertThat(layout.boxes().get("bottom").y()).isGreaterThan(left);
    assertThat(layout.routes())
        .hasSize(4)
        .allSatisfy(route -> assertThat(route).hasSizeGreaterThanOrEqualTo(2));
    GraphLayout.Box l = layout.boxes().get("left");
    GraphLayout.Box r = layout.boxes().get("right");
    assertThat(l.x() + l.width() <= r.x() || r.x() + r.width() <= l.x())
        .as("boxes of one layer do not overlap")
        .isTrue();
    assertThat(layout.width())
        .isGreaterThanOrEqualTo(Math.max(l.x() + l.width(), r.x() + r.width()));
  }

  @Test
  void aCycleIsLaidOutToo() {
    GraphModel cycle =
        new GraphModel(
            List.of(node("a"), node("b")),
            List.of(new GraphEdge("a", "b", true), new GraphEdge("b", "a", true)));
    GraphLayout layout = new LayeredLayout().layout(cycle);
    assertThat(layout.boxes()).containsOnlyKeys("a", "b");
    assertThat(layout.routes()).allSatisfy(route -> assertThat(route).isNotEmpty());
  }

  @Test
  void theSvgHasAFocusableGroupPerNodeAndMarksHighlightedEdges() {
    String svg = new GraphSvg().render(diamond, new LayeredLayout().layout(diamond));
    assertThat(svg).startsWith("<svg").endsWith("</svg>");
    assertThat(svg.split("data-node=", -1)).hasSize(5);
    assertThat(svg)
        .contains("class=\"edge highlighted\" data-from=\"right\" data-to=\"bottom\"")
        .contains("tabindex=\"0\"");
  }

  @Test
  void textIsEscaped() {
    GraphModel model =
        new GraphModel(
            List.of(
                new GraphNode(
                    "x",
                    "<b>&",
                    "k",
                    List.of(),
                    NodeTone.ERROR,
                    true,
                    Optional.of("a \"quoted\" <message>"))),
            List.of());
    String svg = new GraphSvg().render(model, new LayeredLayout().layout(model));
    assertThat(svg)
        .contains("&lt;b&gt;&amp;")
        .doesNotContain("<b>")
        .contains("class=\"node tone-error dashed\"");
  }
}
