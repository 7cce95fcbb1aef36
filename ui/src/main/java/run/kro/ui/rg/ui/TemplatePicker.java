package run.kro.ui.rg.ui;

import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Starts the editor from one of the shipped examples; shows its placeholder again after each pick.
 */
class TemplatePicker extends Select<String> {

  TemplatePicker(Map<String, String> examples, Consumer<String> onPick) {
    setPlaceholder("Template…");
    setWidth("9em");
    setTooltipText("Start from a template: a copy of one of the shipped examples");
    setAriaLabel("Start from a template");
    setId("template");
    setItems(examples.keySet());
    addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            String picked = examples.get(e.getValue());
            clear();
            onPick.accept(picked);
          }
        });
  }
}
