package run.kro.ui.instance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.Instant;
import run.kro.ui.base.AgeText;
import run.kro.ui.instance.InstanceCondition;

/** An instance's conditions: type, status, reason, message and how long ago they last changed. */
class ConditionsGrid extends Grid<InstanceCondition> {

  ConditionsGrid() {
    setId("conditions");
    addColumn(InstanceCondition::type).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
    addColumn(InstanceCondition::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
    addColumn(InstanceCondition::reason).setHeader("Reason").setAutoWidth(true).setFlexGrow(0);
    addColumn(InstanceCondition::message).setHeader("Message").setFlexGrow(3);
    addColumn(c -> AgeText.since(c.lastTransitionTime(), Instant.now()))
        .setHeader("Since")
        .setAutoWidth(true)
        .setFlexGrow(0);
    addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    setEmptyStateText("No conditions yet: the controller has not reconciled this instance.");
    setSizeFull();
  }
}
