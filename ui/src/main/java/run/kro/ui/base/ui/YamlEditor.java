package run.kro.ui.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import java.util.function.Consumer;

/**
 * A YAML code editor (Monaco: highlighting, line numbers, error squiggles with hover messages,
 * undo, search) as a Flow field whose value is the text. Typing reaches the server debounced (about
 * 250 ms after the last key), as a value change from the client. Monaco is served from its WebJar,
 * so no frontend build is needed (see ui/README.md).
 */
@Tag("div")
public class YamlEditor extends AbstractField<YamlEditor, String> implements HasSize {

  private static final String SCRIPT = "context://scripts/kro-yaml-editor.js";

  private final String label;
  private boolean readOnly;
  private List<EditorMarker> markers = List.of();

  public YamlEditor(String label) {
    super("");
    this.label = label;
    addClassName("kro-yaml-editor");
    getElement().setAttribute("aria-label", label);
    getElement()
        .addEventListener(
            "kro-change", e -> setModelValue(e.getEventData().getString("event.detail"), true))
        .addEventData("event.detail");
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    attach.getUI().getPage().addJavaScript(SCRIPT);
    getElement()
        .executeJs(
            "window.kroYamlEditor.attach(this, $0, $1, $2, $3)",
            MonacoAssets.basePath(),
            getValue(),
            readOnly,
            label);
    if (!markers.isEmpty()) {
      pushMarkers();
    }
  }

  @Override
  protected void setPresentationValue(String value) {
    getElement()
        .executeJs(
            "window.kroYamlEditor && this.__kroState && window.kroYamlEditor.setValue(this, $0)",
            value == null ? "" : value);
  }

  @Override
  public void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
    getElement()
        .executeJs("this.__kroState && window.kroYamlEditor.setReadOnly(this, $0)", readOnly);
  }

  @Override
  public boolean isReadOnly() {
    return readOnly;
  }

  /**
   * Takes the text as it is in the browser now, including keys typed within the debounce delay,
   * then calls {@code action} with it; for actions like saving that must not miss the last
   * keystrokes.
   */
  public void withCurrentText(Consumer<String> action) {
    getElement()
        .executeJs("return this.__kroEditor ? this.__kroEditor.getValue() : null")
        .then(
            String.class,
            text -> {
              if (text != null && !text.equals(getValue())) {
                setModelValue(text, true);
              }
              action.accept(getValue());
            },
            error -> action.accept(getValue()));
  }

  /** Replaces the underlined problems. */
  public void setMarkers(List<EditorMarker> newMarkers) {
    markers = List.copyOf(newMarkers);
    pushMarkers();
  }

  /** Scrolls to and puts the cursor at a 1-based line and column, and focuses the editor. */
  public void reveal(int line, int column) {
    getElement()
        .executeJs("this.__kroState && window.kroYamlEditor.reveal(this, $0, $1)", line, column);
  }

  private void pushMarkers() {
    JsonArray array = Json.createArray();
    for (EditorMarker marker : markers) {
      JsonObject json = Json.createObject();
      json.put("line", marker.line());
      json.put("column", marker.column());
      json.put("message", marker.message());
      json.put("severity", marker.warning() ? "warning" : "error");
      array.set(array.length(), json);
    }
    getElement().executeJs("this.__kroState && window.kroYamlEditor.setMarkers(this, $0)", array);
  }
}
