package run.kro.ui.instance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/**
 * What a page shows instead of its content when it cannot show it (no access, nothing there): a
 * title, sentences that say why and what to do, and a way on. One notice on the page, never a pile
 * of toasts.
 */
final class ProblemNotice extends Div {

  ProblemNotice(String title, List<String> explanation) {
    setId("page-problem");
    addClassName("kro-empty");
    H2 heading = new H2(title);
    heading.setId("page-problem-title");
    add(heading);
    explanation.forEach(sentence -> add(new Paragraph(sentence)));
    add(new RouterLink("Go to My instances", MyInstancesView.class));
  }
}
