package run.kro.ui.instance.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent.ContinueNavigationAction;

/**
 * Asks whether to leave an editor whose changes were not written; leaving discards them, staying
 * keeps them.
 */
class UnsavedChangesDialog extends ConfirmDialog {

  UnsavedChangesDialog(ContinueNavigationAction leave) {
    setId("unsaved-changes");
    setHeader("Discard your changes?");
    setText(
        "You changed this instance but have not saved it. Leaving this page discards those changes.");
    setCancelable(true);
    setCancelText("Keep editing");
    setConfirmText("Discard and leave");
    setConfirmButtonTheme("error primary");
    addConfirmListener(e -> leave.proceed());
    // Staying must end the postponed navigation: while it is pending, Vaadin ignores every other
    // way out.
    addCancelListener(e -> leave.cancel());
  }
}
