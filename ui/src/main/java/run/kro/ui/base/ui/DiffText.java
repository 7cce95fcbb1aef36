package run.kro.ui.base.ui;

import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;

/** A unified diff with added lines green and removed lines red. */
public final class DiffText {

  private DiffText() {}

  public static Pre of(String diff) {
    Pre pre = new Pre();
    pre.addClassName("kro-pre");
    pre.setId("diff");
    for (String line : diff.split("\n", -1)) {
      Span span = new Span(line + "\n");
      if (line.startsWith("+") && !line.startsWith("+++")) {
        span.addClassName("kro-diff-add");
      } else if (line.startsWith("-") && !line.startsWith("---")) {
        span.addClassName("kro-diff-remove");
      }
      pre.add(span);
    }
    return pre;
  }
}
