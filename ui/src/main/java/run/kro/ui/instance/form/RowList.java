package run.kro.ui.instance.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.IntConsumer;

/**
 * The row furniture arrays and maps share: an Add button (id {@code add-<path>}) and, per row, the
 * row's inputs with a Remove button (id {@code remove-<path>[i]}). Locked fields get neither
 * button.
 */
final class RowList {

  private RowList() {}

  static Button addButton(FieldSpec spec, Runnable onAdd) {
    Button add = new Button("Add", e -> onAdd.run());
    add.setId("add-" + spec.path());
    add.setAriaLabel("Add to " + spec.name());
    add.addThemeVariants(ButtonVariant.LUMO_SMALL);
    add.setVisible(!spec.locked());
    return add;
  }

  static HorizontalLayout row(
      FieldSpec spec, int index, IntConsumer onRemove, Component... inputs) {
    HorizontalLayout row = new HorizontalLayout(inputs);
    row.setWidthFull();
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    row.setFlexGrow(1, inputs[inputs.length - 1]);
    Button remove = new Button("Remove", e -> onRemove.accept(index));
    remove.setId("remove-" + spec.path().index(index));
    remove.setAriaLabel("Remove " + spec.name() + "[" + index + "]");
    remove.addThemeVariants(
        ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    remove.setVisible(!spec.locked());
    row.add(remove);
    return row;
  }
}
