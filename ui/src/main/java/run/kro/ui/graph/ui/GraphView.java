package run.kro.ui.graph.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import run.kro.ui.graph.GraphLayout;
import run.kro.ui.graph.GraphModel;
import run.kro.ui.graph.GraphSvg;
import run.kro.ui.graph.LayeredLayout;

/**
 * Shows a graph, laid out and drawn on the server, in a scrollable area; tells listeners which node
 * was clicked or chosen with Enter or Space. Shows {@code emptyText} when the graph has no nodes.
 */
public class GraphView extends Div {

  private static final String NODE_OF_EVENT =
      "event.target.closest('[data-node]') ? "
          + "event.target.closest('[data-node]').getAttribute('data-node') : ''";
  private static final LayeredLayout LAYOUT = new LayeredLayout();
  private static final GraphSvg SVG = new GraphSvg();

  private final Div canvas = new Div();
  private final Span empty = new Span();
  private GraphModel shown = GraphModel.EMPTY;
  private String selected = "";

  public GraphView(String emptyText) {
    addClassName("kro-graph-view");
    canvas.addClassName("kro-graph-canvas");
    empty.addClassName("kro-empty");
    empty.setText(emptyText);
    add(empty, canvas);
    canvas.setVisible(false);
  }

  /**
   * Draws {@code model}; does nothing when it equals what is shown, so live updates do not flicker.
   */
  public void setGraph(GraphModel model) {
    if (model.equals(shown)) {
      return;
    }
    shown = model;
    boolean hasNodes = !model.isEmpty();
    empty.setVisible(!hasNodes);
    canvas.setVisible(hasNodes);
    GraphLayout layout = LAYOUT.layout(model);
    canvas.getElement().setProperty("innerHTML", hasNodes ? SVG.render(model, layout) : "");
    markSelected();
  }

  /** Outlines the node with this id (the one whose details are shown), also across redraws. */
  public void setSelected(String id) {
    selected = id;
    markSelected();
  }

  private void markSelected() {
    canvas
        .getElement()
        .executeJs(
            "this.querySelectorAll('[data-node]').forEach(n => "
                + "n.classList.toggle('selected', n.getAttribute('data-node') === $0))",
            selected);
  }

  /** What the empty graph says, e.g. why there is nothing to draw yet. */
  public void setEmptyText(String text) {
    empty.setText(text);
  }

  public GraphModel graph() {
    return shown;
  }

  public Registration addNodeSelectListener(Consumer<String> listener) {
    Registration click =
        canvas
            .getElement()
            .addEventListener("click", e -> select(e.getEventData(), listener))
            .addEventData(NODE_OF_EVENT);
    Registration keys =
        canvas
            .getElement()
            .addEventListener("keydown", e -> select(e.getEventData(), listener))
            .addEventData(NODE_OF_EVENT)
            .setFilter("event.key === 'Enter' || event.key === ' '");
    return () -> {
      click.remove();
      keys.remove();
    };
  }

  private static void select(elemental.json.JsonObject data, Consumer<String> listener) {
    String node = data.hasKey(NODE_OF_EVENT) ? data.getString(NODE_OF_EVENT) : "";
    if (!node.isEmpty()) {
      listener.accept(node);
    }
  }
}
