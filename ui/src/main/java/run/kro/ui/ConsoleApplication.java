package run.kro.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The console: authoring ResourceGroups and self-serving instances in a browser. Server push
 * carries live updates (validation, instance status) to the browser. The stylesheet is a static
 * file linked from the page, so no frontend build runs (see ui/README.md).
 */
@SpringBootApplication
@Push
public class ConsoleApplication implements AppShellConfigurator {

  public static void main(String[] args) {
    SpringApplication.run(ConsoleApplication.class, args);
  }

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.addLink("stylesheet", "styles/kro.css");
    settings.addFavIcon("icon", "icons/favicon.svg", "any");
  }
}
