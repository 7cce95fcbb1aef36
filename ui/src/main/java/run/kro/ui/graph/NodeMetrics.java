package run.kro.ui.graph;

/**
 * The size of a node's box from its text, shared by the layout (which places boxes) and the SVG
 * (which fills them). Text widths are estimated from character counts at the stylesheet's font
 * sizes; text longer than the widest box is shortened with an ellipsis (the node's tooltip and
 * aria-label keep it whole).
 */
final class NodeMetrics {

  static final double PADDING = 10;
  static final double LINE = 18;

  /**
   * Average advance of the 12–13 px text of titles and subtitles, and of the 11 px badges and
   * details.
   */
  static final double CHAR_WIDTH = 7.4;

  static final double SMALL_CHAR_WIDTH = 6.2;
  static final double MIN_WIDTH = 150;
  static final double MAX_WIDTH = 280;

  private NodeMetrics() {}

  static double width(GraphNode node) {
    double text = Math.max(node.title().length(), node.subtitle().length()) * CHAR_WIDTH;
    text = Math.max(text, String.join(" · ", node.badges()).length() * SMALL_CHAR_WIDTH);
    text = Math.max(text, node.detail().map(String::length).orElse(0) * SMALL_CHAR_WIDTH);
    return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, text + 2 * PADDING));
  }

  static double height(GraphNode node) {
    return 2 * PADDING + LINE * lines(node);
  }

  static int lines(GraphNode node) {
    return 2 + (node.badges().isEmpty() ? 0 : 1) + (node.detail().isPresent() ? 1 : 0);
  }

  /**
   * {@code text} cut with an ellipsis so that it fits {@code boxWidth} at {@code charWidth} per
   * character.
   */
  static String fit(String text, double boxWidth, double charWidth) {
    int max = (int) ((boxWidth - 2 * PADDING) / charWidth);
    return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "…";
  }
}
