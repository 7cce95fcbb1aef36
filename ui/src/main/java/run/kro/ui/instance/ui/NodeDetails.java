package run.kro.ui.instance.ui;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import run.kro.backend.status.NodeReport;
import run.kro.ui.instance.ChildObject;
import run.kro.ui.instance.InstanceEvent;
import run.kro.ui.instance.InstanceSnapshot;

/**
 * The resource chosen in the status graph: its state and message, its object(s) as YAML, and their
 * events.
 */
class NodeDetails extends VerticalLayout {

  private Optional<String> selected = Optional.empty();

  NodeDetails() {
    setId("node-details");
    setPadding(false);
    add(new Paragraph("Choose a resource in the graph to see its object and events."));
  }

  void select(String nodeId) {
    selected = Optional.of(nodeId);
  }

  void show(InstanceSnapshot snapshot) {
    if (selected.isEmpty()) {
      return;
    }
    String id = selected.get();
    removeAll();
    add(new H4(id));
    snapshot.nodes().stream()
        .filter(n -> n.id().equals(id))
        .findFirst()
        .ifPresent(report -> add(state(report)));
    List<ChildObject> children = snapshot.children(id);
    if (children.isEmpty()) {
      add(new Paragraph("No object exists for this resource."));
    }
    for (ChildObject child : children) {
      Pre yaml = new Pre(child.yaml());
      yaml.addClassName("kro-pre");
      add(
          new Paragraph(
              child.kind() + " " + child.namespace().map(ns -> ns + "/").orElse("") + child.name()),
          yaml);
    }
    EventsGrid events = new EventsGrid();
    events.setId("node-events");
    events.setItems(snapshot.events().stream().filter(e -> concerns(e, children)).toList());
    events.setAllRowsVisible(true);
    add(new H4("Events"), events);
  }

  private static Paragraph state(NodeReport report) {
    return new Paragraph(
        report.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + report.message().map(m -> ": " + m).orElse(""));
  }

  private static boolean concerns(InstanceEvent event, List<ChildObject> children) {
    return children.stream()
        .anyMatch(c -> c.kind().equals(event.objectKind()) && c.name().equals(event.objectName()));
  }
}
