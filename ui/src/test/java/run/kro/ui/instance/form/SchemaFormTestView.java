package run.kro.ui.instance.form;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * A page for {@link SchemaFormE2E} only: the every-type form in CREATE mode, a Check button and the
 * value.
 */
@PermitAll
@Route("test/schema-form")
public class SchemaFormTestView extends VerticalLayout {

  public SchemaFormTestView() {
    SchemaForm form = new SchemaForm(FormSchemas.everyType(), FormMode.CREATE);
    Div value = new Div();
    value.setId("value");
    Div problems = new Div();
    problems.setId("problems");
    form.addSpecChangeListener(e -> value.setText(form.value().toString()));
    Button check =
        new Button(
            "Check",
            e ->
                problems.setText(
                    form.validate().stream()
                        .map(FormProblem::toString)
                        .collect(Collectors.joining("\n"))));
    add(form, check, problems, value);
  }
}
