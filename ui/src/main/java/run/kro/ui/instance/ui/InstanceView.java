package run.kro.ui.instance.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import run.kro.ui.base.ServerMetadata;
import run.kro.ui.base.YamlText;
import run.kro.ui.base.ui.Badges;
import run.kro.ui.base.ui.MainLayout;
import run.kro.ui.base.ui.Notices;
import run.kro.ui.base.ui.ResponsiveSplit;
import run.kro.ui.graph.GraphModel;
import run.kro.ui.graph.ui.GraphView;
import run.kro.ui.instance.InstanceAccess;
import run.kro.ui.instance.InstanceApi;
import run.kro.ui.instance.InstanceApiException;
import run.kro.ui.instance.InstanceApis;
import run.kro.ui.instance.InstanceSnapshot;
import run.kro.ui.instance.InstanceWatch;
import run.kro.ui.instance.InstanceWriter;
import run.kro.ui.instance.WriteResult;
import run.kro.ui.revision.InstanceRevisions;
import run.kro.ui.revision.RolloutActions;
import run.kro.ui.rg.ReadyCondition;
import run.kro.ui.security.AccessReview;
import run.kro.ui.security.OnBehalf;

/**
 * One instance, live: its status graph (each resource coloured by its state, with why it waits or
 * fails), its conditions, the events of it and its children, and its YAML; choosing a node shows
 * that child's YAML and events. Changes arrive by server push as the controller works; deletion
 * shows the waves as they go.
 */
@PermitAll
@Route(value = "apis/:rg/:namespace/:name", layout = MainLayout.class)
@PageTitle("Instance · KRO")
public class InstanceView extends VerticalLayout implements BeforeEnterObserver {

  private final InstanceWatch watch;
  private final InstanceWriter writer;
  private final InstanceAccess access;
  private final InstanceApis apis;
  private final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
  private final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
  private final H2 heading = new H2();
  private final HorizontalLayout badges = new HorizontalLayout();
  private final GraphView graph =
      new GraphView("The controller has not reported any resource of this instance yet.");
  private final ConditionsGrid conditions = new ConditionsGrid();
  private final EventsGrid events = new EventsGrid();
  private final Pre yaml = new Pre();
  private final NodeDetails details = new NodeDetails();
  private final TabSheet tabs = new TabSheet();
  private final RevisionStanding revision;
  private String rg = "";
  private String namespace = "";
  private String name = "";
  private Registration live;
  private InstanceSnapshot last;
  private AccessReview.Decision mayPatch = AccessReview.Decision.ALLOWED;

  /** Whether the instance may be read and its API found: only then is it watched. */
  private boolean readable;

  public InstanceView(
      InstanceWatch watch,
      InstanceWriter writer,
      InstanceApis apis,
      InstanceAccess access,
      InstanceRevisions revisions,
      RolloutActions rollouts) {
    this.revision = new RevisionStanding(revisions, rollouts);
    this.apis = apis;
    this.watch = watch;
    this.writer = writer;
    this.access = access;
    setSizeFull();
    graph.setId("status-graph");
    graph.addNodeSelectListener(this::select);
    yaml.addClassName("kro-pre");
    yaml.setId("instance-yaml");
    badges.setId("instance-badges");
    tabs.add("Resource", details);
    tabs.add("Conditions", conditions);
    tabs.add("Events", events);
    tabs.add("YAML", yaml);
    tabs.setSizeFull();
    add(header(), new ResponsiveSplit(graph, tabs, 50));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    rg = event.getRouteParameters().get(InstanceRoutes.RG).orElse("");
    namespace =
        InstanceRoutes.namespaceOf(
            event.getRouteParameters().get(InstanceRoutes.NAMESPACE).orElse(""));
    name = event.getRouteParameters().get(InstanceRoutes.NAME).orElse("");
    heading.setText((namespace.isEmpty() ? "" : namespace + "/") + name);
    heading.setId("instance-heading");
    try {
      InstanceApi api = apis.resolve(rg);
      Optional<InstanceAccess.Refusal> refusal = access.toRead(api, namespace, name);
      if (refusal.isPresent()) {
        showProblem(refusal.get().title(), refusal.get().explanation());
        return;
      }
      allowActions(api);
      show(watch.snapshot(rg, namespace, name));
      readable = true;
    } catch (InstanceApiException e) {
      showProblem("Cannot show " + heading.getText(), List.of(e.getMessage()));
    }
  }

  private void showProblem(String title, List<String> explanation) {
    removeAll();
    add(new ProblemNotice(title, explanation));
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    if (!readable) {
      return;
    }
    UI ui = attach.getUI();
    try {
      // As the user: showing a snapshot reads the ResourceGroup's target revision.
      live =
          watch.watch(
              rg,
              namespace,
              name,
              OnBehalf.ofCurrentUser(snapshot -> ui.access(() -> show(snapshot))));
    } catch (InstanceApiException e) {
      Notices.error("Live updates are off: " + e.getMessage());
    }
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    if (live != null) {
      live.remove();
    }
  }

  private HorizontalLayout header() {
    edit.addClickListener(
        e ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            "apis/"
                                + rg
                                + "/"
                                + (namespace.isEmpty() ? InstanceRoutes.CLUSTER_SCOPE : namespace)
                                + "/"
                                + name
                                + "/edit")));
    edit.setId("edit-instance");
    delete.addClickListener(e -> confirmDelete());
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    delete.setId("delete-instance");
    HorizontalLayout header = new HorizontalLayout(heading, badges, revision, edit, delete);
    header.setAlignItems(FlexComponent.Alignment.BASELINE);
    header.setWrap(true);
    return header;
  }

  /** Edit and Delete only for those who may; the reason is the button's tooltip. */
  private void allowActions(InstanceApi api) {
    mayPatch = access.may("patch", api, namespace);
    allow(edit, mayPatch);
    allow(delete, access.may("delete", api, namespace));
  }

  private static void allow(Button button, AccessReview.Decision decision) {
    button.setEnabled(decision.allowed());
    button.setTooltipText(decision.allowed() ? null : decision.reason());
  }

  private void confirmDelete() {
    ConfirmDialog dialog =
        new ConfirmDialog(
            "Delete " + name + "?",
            "The controller deletes its resources in "
                + "waves, dependents first; this page shows them going. Resources marked kro.run/deletion-policy: retain stay.",
            "Delete",
            e -> {
              WriteResult result = writer.delete(rg, namespace, name);
              if (result.succeeded()) {
                Notices.done(result.message());
              } else {
                Notices.error(result.message());
              }
            });
    dialog.setConfirmButtonTheme("error primary");
    dialog.setCancelable(true);
    dialog.open();
  }

  private void show(InstanceSnapshot snapshot) {
    last = snapshot;
    badges.removeAll();
    if (!snapshot.exists()) {
      badges.add(Badges.neutral("not found"));
      badges.add(new Span("This instance does not exist (any more)."));
      badges.add(
          new RouterLink("Back to the instances", InstanceListView.class, InstanceRoutes.api(rg)));
      graph.setGraph(GraphModel.EMPTY);
    } else {
      snapshot
          .instance()
          .map(i -> i.path("kind").asText())
          .ifPresent(
              kind ->
                  heading.setText(
                      kind + " " + (namespace.isEmpty() ? "" : namespace + "/") + name));
      badges.add(StateBadge.of(snapshot.state(), snapshot.deleting()));
      badges.add(StateBadge.ready(ready(snapshot)));
    }
    if (snapshot.exists()) {
      graph.setGraph(snapshot.graph());
    }
    snapshot
        .instance()
        .ifPresentOrElse(i -> revision.show(rg, i, mayPatch), () -> revision.setVisible(false));
    conditions.setItems(snapshot.conditions());
    events.setItems(snapshot.events());
    yaml.setText(
        snapshot
            .instance()
            .map(ServerMetadata::withoutManagedFields)
            .map(YamlText::write)
            .orElse(""));
    details.show(snapshot);
  }

  private static ReadyCondition ready(InstanceSnapshot snapshot) {
    return snapshot.conditions().stream()
        .filter(c -> c.type().equals("Ready"))
        .findFirst()
        .map(c -> new ReadyCondition(ReadyCondition.Status.of(c.status()), c.message()))
        .orElse(ReadyCondition.NOT_REPORTED);
  }

  private void select(String nodeId) {
    details.select(nodeId);
    graph.setSelected(nodeId);
    if (last != null) {
      details.show(last);
    }
    tabs.setSelectedIndex(0);
  }
}
