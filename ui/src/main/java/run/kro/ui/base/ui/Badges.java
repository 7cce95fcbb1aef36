package run.kro.ui.base.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/** Lumo badges for states: green for good, red for bad, grey for unknown or pending. */
public final class Badges {

  private Badges() {}

  /** An instance's {@code status.state}: ACTIVE green, FAILED and ERROR red, others neutral. */
  public static Span state(Optional<String> state) {
    return state
        .map(
            s ->
                switch (s) {
                  case "ACTIVE" -> success(s);
                  case "FAILED", "ERROR" -> error(s);
                  default -> neutral(s);
                })
        .orElseGet(() -> neutral("not reconciled"));
  }

  public static Span success(String text) {
    return badge(text, "badge success");
  }

  public static Span error(String text) {
    return badge(text, "badge error");
  }

  public static Span neutral(String text) {
    return badge(text, "badge contrast");
  }

  public static Span of(String text, Boolean good) {
    return good == null ? neutral(text) : good ? success(text) : error(text);
  }

  private static Span badge(String text, String theme) {
    Span badge = new Span(text);
    badge.getElement().setAttribute("theme", theme);
    return badge;
  }
}
