package run.kro.ui.instance.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.Optional;

/**
 * Builds a form showing a spec, and finds, types into and clicks its components by id, as a browser
 * test would.
 */
final class FormInputs {

  private FormInputs() {}

  /** A form of {@code schema} in {@code mode} that shows the spec given as YAML. */
  static SchemaForm showing(JSONSchemaProps schema, FormMode mode, String specYaml) {
    SchemaForm form = new SchemaForm(schema, mode);
    form.setValue(FormSchemas.spec(specYaml));
    return form;
  }

  static <T extends Component> T byId(SchemaForm form, String id, Class<T> type) {
    Optional<Component> found = find(form.getElement(), id);
    assertThat(found).as("component #%s", id).isPresent();
    assertThat(found.get()).as("component #%s", id).isInstanceOf(type);
    return type.cast(found.get());
  }

  static boolean exists(SchemaForm form, String id) {
    return find(form.getElement(), id).isPresent();
  }

  static void type(SchemaForm form, String id, String text) {
    byId(form, id, TextField.class).setValue(text);
  }

  static void click(SchemaForm form, String id) {
    Button button = byId(form, id, Button.class);
    assertThat(button.isVisible()).as("button #%s visible", id).isTrue();
    button.click();
  }

  private static Optional<Component> find(Element element, String id) {
    if (id.equals(element.getAttribute("id"))) {
      return element.getComponent();
    }
    return element.getChildren().flatMap(child -> find(child, id).stream()).findFirst();
  }
}
