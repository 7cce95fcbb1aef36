package run.kro.ui.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

/** The console's address leads to the ResourceGroup editor for now. */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends Div implements BeforeEnterObserver {

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.forwardTo("resourcegroups/new");
  }
}
