package run.kro.ui.rg.ui;

import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.function.Consumer;

/** Starts the editor from one of the shipped examples. */
class TemplatePicker extends Select<String> {

  TemplatePicker(Map<String, String> examples, Consumer<String> onPick) {
    setPlaceholder("Start from a template");
    setAriaLabel("Start from a template");
    setId("template");
    setItems(examples.keySet());
    addValueChangeListener(e -> {
      if (e.isFromClient() && e.getValue() != null) {
        onPick.accept(examples.get(e.getValue()));
      }
    });
  }
}
