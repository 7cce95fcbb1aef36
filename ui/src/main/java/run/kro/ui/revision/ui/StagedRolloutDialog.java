package run.kro.ui.revision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import run.kro.ui.revision.StagedRollout;

/**
 * Asks how to stage a rollout: the canary, the step and the soak time, filled with the values in
 * force. Start is refused, field by field, while a value is one the controller could not read; a
 * valid request is handed to {@code onStart}, which writes it.
 */
final class StagedRolloutDialog extends Dialog {

  private final TextField canary = new TextField("Canary");
  private final TextField step = new TextField("Then, each step");
  private final TextField soak = new TextField("Soak time");
  private final Paragraph problems = new Paragraph();

  StagedRolloutDialog(String name, StagedRollout current, Consumer<StagedRollout> onStart) {
    setHeaderTitle("Start a staged rollout of " + name);
    canary.setValue(current.canary());
    canary.setHelperText("A count (2), a percentage (10%) or labels (tier=canary)");
    step.setValue(current.step());
    step.setHelperText("How many more instances each later step admits: 5 or 25%");
    soak.setValue(current.soak());
    soak.setHelperText("How long they must all have been Ready before the next step: 30s, 5m");
    canary.setId("rollout-canary");
    step.setId("rollout-step");
    soak.setId("rollout-soak");
    problems.addClassName("kro-error-text");
    problems.setId("rollout-problems");
    Paragraph what =
        new Paragraph(
            "The next revision goes to the canary first, then to the rest in steps. The rollout"
                + " halts on the first instance that fails, and says why.");
    VerticalLayout form = new VerticalLayout(what, canary, step, soak, problems);
    form.setPadding(false);
    add(form);
    Button start =
        new Button(
            "Start",
            e -> {
              StagedRollout asked =
                  new StagedRollout(canary.getValue(), step.getValue(), soak.getValue());
              List<String> wrong = asked.problems();
              if (wrong.isEmpty()) {
                close();
                onStart.accept(asked);
              } else {
                problems.setText(String.join(" ", wrong));
              }
            });
    start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    start.setId("start-rollout");
    getFooter().add(new Button("Cancel", e -> close()), start);
  }
}
