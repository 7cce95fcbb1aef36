package run.kro.ui.rg.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.function.Consumer;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.revision.ui.RevisionsTab;

/**
 * The tabs beside the editor: the graph, the generated CRD schema, a sample instance and, for a
 * ResourceGroup stored in the cluster, its Revisions.
 */
final class EditorSideTabs extends TabSheet {

  private final RevisionsTab revisions;
  private final Tab revisionsTab;

  EditorSideTabs(
      Component graph, Component crdSchema, Component sampleInstance, RevisionsTab revisions) {
    this.revisions = revisions;
    add("Graph", graph);
    add("CRD schema", crdSchema);
    add("Sample instance", sampleInstance);
    revisionsTab = add("Revisions", revisions);
    revisionsTab.setId("revisions-tab-button");
    revisionsTab.setVisible(false);
    setSizeFull();
  }

  /** The ResourceGroup is stored as {@code kind}/{@code name}: its Revisions tab is offered. */
  void stored(ResourceGroupKind kind, String name) {
    revisionsTab.setVisible(true);
    revisions.show(kind, name);
  }

  /** A ResourceGroup not stored yet has no revisions. */
  void notStored() {
    revisionsTab.setVisible(false);
    if (getSelectedTab() == revisionsTab) {
      setSelectedIndex(0);
    }
  }

  void openRevisions() {
    setSelectedTab(revisionsTab);
  }

  /** Tells {@code listener} whether the Revisions tab is the one shown, whenever that changes. */
  void onRevisionsShown(Consumer<Boolean> listener) {
    addSelectedChangeListener(e -> listener.accept(e.getSelectedTab() == revisionsTab));
  }
}
