package run.kro.ui.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.util.Objects;

/**
 * Keeps typed work from being lost: knows the text as last loaded or saved, and while the text
 * differs asks before the user leaves, in the console (a navigation is postponed until they choose)
 * and in the browser (closing or reloading the tab makes the browser ask). A view owns one and
 * calls it from its {@code beforeLeave}.
 */
public final class LeaveGuard {

  private static final String FLAG = "window.__kroUnsavedChanges";

  private final Component owner;
  private final String what;
  private String saved = "";
  private boolean unsaved;

  /**
   * @param what the work, as the question names it, e.g. "your changes to this ResourceGroup"
   */
  public LeaveGuard(Component owner, String what) {
    this.owner = owner;
    this.what = what;
    owner.addAttachListener(
        e ->
            e.getUI()
                .getPage()
                .executeJs(
                    "if (!window.__kroLeaveGuard) {"
                        + " window.__kroLeaveGuard = true;"
                        + " window.addEventListener('beforeunload', e => { if ("
                        + FLAG
                        + ") { e.preventDefault(); e.returnValue = ''; } });"
                        + "} "
                        + FLAG
                        + " = $0;",
                    unsaved));
    owner.addDetachListener(e -> e.getUI().getPage().executeJs(FLAG + " = false;"));
  }

  /**
   * The text is what the cluster holds now (or the starting point of new work): nothing to lose.
   */
  public void saved(String text) {
    saved = text;
    changed(text);
  }

  /** The text as it is now. */
  public void changed(String text) {
    boolean now = !Objects.equals(saved, text);
    if (now != unsaved) {
      unsaved = now;
      owner.getUI().ifPresent(ui -> ui.getPage().executeJs(FLAG + " = $0;", unsaved));
    }
  }

  public boolean unsaved() {
    return unsaved;
  }

  /** Asks first when there is unsaved work; leaving then discards it. */
  public void beforeLeave(BeforeLeaveEvent event) {
    if (unsaved) {
      ask("Leave without saving?", "Leave and discard", event.postpone()::proceed);
    }
  }

  /**
   * Runs {@code replace} (which replaces the work, e.g. with a template) at once, or after asking
   * when unsaved.
   */
  public void beforeReplacing(Runnable replace) {
    if (unsaved) {
      ask("Discard your changes?", "Discard", replace);
    } else {
      replace.run();
    }
  }

  private void ask(String question, String discard, Runnable then) {
    ConfirmDialog dialog =
        new ConfirmDialog(
            question,
            "You have not saved " + what + ". They will be lost.",
            discard,
            e -> {
              unsaved = false;
              owner.getUI().ifPresent(ui -> ui.getPage().executeJs(FLAG + " = false;"));
              then.run();
            });
    dialog.setCancelable(true);
    dialog.setCancelText("Stay");
    dialog.setConfirmButtonTheme("error primary");
    dialog.setId("leave-dialog");
    dialog.open();
  }
}
