package run.kro.ui.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps a list page current while it is shown: the browser polls every few seconds and the page
 * refreshes; polling stops when the page is left. For lists whose rows come from many objects,
 * where a watch per row would cost more.
 */
public final class PollingRefresh {

  private PollingRefresh() {}

  public static void every(Component page, int millis, Runnable refresh) {
    AtomicReference<Registration> polling = new AtomicReference<>();
    page.addAttachListener(
        attach -> {
          attach.getUI().setPollInterval(millis);
          polling.set(attach.getUI().addPollListener(e -> refresh.run()));
        });
    page.addDetachListener(
        detach -> {
          detach.getUI().setPollInterval(-1);
          Registration registration = polling.getAndSet(null);
          if (registration != null) {
            registration.remove();
          }
        });
  }
}
