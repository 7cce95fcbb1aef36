package run.kro.ui.rg.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.base.ui.Notices;
import run.kro.ui.rg.ResourceGroupDeletion;

/**
 * Asks before deleting a ResourceGroup, telling what depends on it: how many instances of its kind
 * exist, and what the controller does with them. Afterwards says whether it is gone or held by the
 * controller, and why.
 */
class DeleteDialog extends ConfirmDialog {

  DeleteDialog(
      ResourceGroupDeletion deletion, ResourceGroupKind kind, String name, Runnable onDeleted) {
    setId("delete-dialog");
    setHeader("Delete " + kind.kind() + " " + name + "?");
    setText(
        impact(deletion, kind, name)
            + " The controller stops reconciling the kind. Its CRD and instances stay "
            + "unless the controller is set to delete CRDs; if it is set to keep a ResourceGroup while instances exist, "
            + "it holds this one until they are deleted.");
    setCancelable(true);
    setConfirmText("Delete");
    setConfirmButtonTheme("error primary");
    addConfirmListener(
        e -> {
          ResourceGroupDeletion.Outcome outcome = deletion.delete(kind, name);
          if (outcome.refused()) {
            Notices.error(
                kind.kind() + " " + name + " was not deleted: " + outcome.refusal().get());
            return;
          }
          // Moves on first: a notice belongs to the page that shows it, and this one is for the
          // list.
          onDeleted.run();
          if (outcome.gone()) {
            Notices.done(kind.kind() + " " + name + " deleted.");
          } else {
            Notices.error(
                kind.kind()
                    + " "
                    + name
                    + " is marked for deletion and waits: "
                    + outcome.heldBecause().orElse("the controller has not finished"));
          }
        });
  }

  private static String impact(
      ResourceGroupDeletion deletion, ResourceGroupKind kind, String name) {
    return deletion
        .impact(kind, name)
        .map(
            i ->
                "It defines "
                    + i.instanceKind()
                    + "; "
                    + (i.instances().isEmpty()
                        ? "you may not count its instances in every namespace."
                        : i.instances().getAsLong() == 1
                            ? "1 instance exists."
                            : i.instances().getAsLong() + " instances exist."))
        .orElse("It is no longer in the cluster.");
  }
}
