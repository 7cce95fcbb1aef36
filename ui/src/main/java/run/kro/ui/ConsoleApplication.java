package run.kro.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The console: authoring ResourceGroups and self-serving instances in a browser. */
@SpringBootApplication
public class ConsoleApplication implements AppShellConfigurator {

  public static void main(String[] args) {
    SpringApplication.run(ConsoleApplication.class, args);
  }
}
