package run.kro.ui.instance.form;

import com.vaadin.flow.component.ComponentEvent;

/**
 * The user changed a value in a {@link SchemaForm}; read the new spec with {@link
 * SchemaForm#value()}.
 */
public class SpecChangeEvent extends ComponentEvent<SchemaForm> {

  public SpecChangeEvent(SchemaForm source) {
    super(source, false);
  }
}
