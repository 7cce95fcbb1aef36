package run.kro.ui.graph;

/**
 * The size of a node's box from its text, shared by the layout (which places boxes) and the SVG (which fills them).
 * Text widths are estimated from character counts at the stylesheet's font sizes; long text is shortened to fit.
 */
final class NodeMetrics {

  static final double PADDING = 10;
  static final double LINE = 18;
  static final double CHAR_WIDTH = 7.4;
  static final double MIN_WIDTH = 150;
  static final double MAX_WIDTH = 260;
  static final int MAX_CHARS = (int) ((MAX_WIDTH - 2 * PADDING) / CHAR_WIDTH);

  private NodeMetrics() {}

  static double width(GraphNode node) {
    int longest = Math.max(node.title().length(), node.subtitle().length());
    longest = Math.max(longest, String.join("  ", node.badges()).length() + 2 * node.badges().size());
    return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest * CHAR_WIDTH + 2 * PADDING));
  }

  static double height(GraphNode node) {
    return 2 * PADDING + LINE * lines(node);
  }

  static int lines(GraphNode node) {
    return 2 + (node.badges().isEmpty() ? 0 : 1) + (node.detail().isPresent() ? 1 : 0);
  }

  /** {@code text}, cut with an ellipsis when it would overflow the widest box. */
  static String fit(String text) {
    return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 1) + "…";
  }
}
