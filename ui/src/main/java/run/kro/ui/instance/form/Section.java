package run.kro.ui.instance.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The frame of an object, array or map: a titled, open {@link Details} (the title is the raw field
 * name, with {@code *} when required, and "immutable" when locked), its description, a line for its
 * own problems, and its content. The form's root has no frame.
 */
final class Section {

  private final Component frame;
  private final FormLayout content = new FormLayout();
  private final Span problem = new Span();
  private final Div footer = new Div();

  Section(FieldSpec spec, boolean framed) {
    problem.addClassName("field-problem");
    problem
        .getStyle()
        .set("color", "var(--lumo-error-text-color)")
        .set("font-size", "var(--lumo-font-size-s)");
    problem.setVisible(false);
    problem.setId("problem-" + spec.path());
    Div body = new Div();
    spec.description().ifPresent(d -> body.add(helper(d)));
    if (framed && spec.locked()) {
      body.add(helper(ScalarEditor.IMMUTABLE));
    }
    body.add(problem, content, footer);
    if (framed) {
      Details details = new Details(spec.name() + (spec.required() ? " *" : ""), body);
      details.setOpened(true);
      details.setId(spec.id());
      details
          .getStyle()
          .set("border", "1px solid var(--lumo-contrast-20pct)")
          .set("border-radius", "var(--lumo-border-radius-m)")
          .set("padding", "0 var(--lumo-space-s)");
      frame = details;
    } else {
      body.setId(spec.id());
      frame = body;
    }
  }

  Component component() {
    return frame;
  }

  /** Adds an editor's component; sections and rows take the full width. */
  void add(Component child, boolean wide) {
    content.add(child);
    if (wide) {
      content.setColspan(child, 2);
    }
  }

  /** Adds a component below the content, such as an Add button. */
  void addFooter(Component child) {
    footer.add(child);
  }

  void remove(Component child) {
    content.remove(child);
  }

  void mark(String message) {
    problem.setText(problem.isVisible() ? problem.getText() + "; " + message : message);
    problem.setVisible(true);
  }

  void clearMark() {
    problem.setText("");
    problem.setVisible(false);
  }

  private static Span helper(String text) {
    Span span = new Span(text);
    span.getStyle()
        .set("color", "var(--lumo-secondary-text-color)")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("display", "block");
    return span;
  }
}
