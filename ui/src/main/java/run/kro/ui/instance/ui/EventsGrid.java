package run.kro.ui.instance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.Instant;
import run.kro.ui.base.AgeText;
import run.kro.ui.instance.InstanceEvent;

/** Kubernetes events, newest first: when, type, reason, object and message; warnings stand out. */
class EventsGrid extends Grid<InstanceEvent> {

  EventsGrid() {
    addColumn(e -> AgeText.since(e.time(), Instant.now()))
        .setHeader("Age")
        .setAutoWidth(true)
        .setFlexGrow(0);
    addColumn(InstanceEvent::type).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
    addColumn(InstanceEvent::reason).setHeader("Reason").setAutoWidth(true).setFlexGrow(0);
    addColumn(e -> e.objectKind() + "/" + e.objectName())
        .setHeader("Object")
        .setAutoWidth(true)
        .setFlexGrow(0);
    addColumn(e -> e.message() + (e.count() > 1 ? " (×" + e.count() + ")" : ""))
        .setHeader("Message")
        .setFlexGrow(3);
    setPartNameGenerator(e -> e.isWarning() ? "kro-warning" : null);
    addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    setEmptyStateText("No events.");
    setSizeFull();
    setId("events");
  }
}
