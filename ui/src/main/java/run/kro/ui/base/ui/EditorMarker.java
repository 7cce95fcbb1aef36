package run.kro.ui.base.ui;

/**
 * A problem to underline in the editor: 1-based line and column, and the message shown on hover.
 */
public record EditorMarker(int line, int column, String message, boolean warning) {

  public static EditorMarker error(int line, int column, String message) {
    return new EditorMarker(line, column, message, false);
  }
}
