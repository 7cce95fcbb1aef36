package run.kro.ui.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * Notifications in the console's two voices: done (short) and failed (longer, says what to do).
 * Both sit in the bottom-right corner, away from the graphs and forms on the left, and belong to
 * the page that showed them: the layout closes them when the user moves to another page ({@link
 * #closeAll}).
 */
public final class Notices {

  private static final int DONE_MS = 5000;
  private static final int FAILED_MS = 10000;
  private static final Notification.Position PLACE = Notification.Position.BOTTOM_END;

  private Notices() {}

  public static void done(String message) {
    show(message, DONE_MS, NotificationVariant.LUMO_SUCCESS);
  }

  public static void error(String message) {
    show(message, FAILED_MS, NotificationVariant.LUMO_ERROR);
  }

  /** Closes the notifications this UI still shows. */
  public static void closeAll(UI ui) {
    List<Notification> open = open(ui);
    List.copyOf(open).forEach(Notification::close);
    open.clear();
  }

  private static void show(String message, int millis, NotificationVariant variant) {
    Notification notification = Notification.show(message, millis, PLACE);
    notification.addThemeVariants(variant);
    UI ui = UI.getCurrent();
    if (ui != null) {
      List<Notification> open = open(ui);
      open.add(notification);
      notification.addOpenedChangeListener(
          e -> {
            if (!e.isOpened()) {
              open.remove(notification);
            }
          });
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Notification> open(UI ui) {
    List<Notification> open =
        (List<Notification>) ComponentUtil.getData(ui, Notices.class.getName());
    if (open == null) {
      open = new ArrayList<>();
      ComponentUtil.setData(ui, Notices.class.getName(), open);
    }
    return open;
  }
}
