package run.kro.ui.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Notifications in the console's two voices: done (short, bottom) and failed (long, middle, says what to do). */
public final class Notices {

  private static final int DONE_MS = 5000;
  private static final int FAILED_MS = 10000;

  private Notices() {}

  public static void done(String message) {
    Notification.show(message, DONE_MS, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }

  public static void error(String message) {
    Notification.show(message, FAILED_MS, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
  }
}
