package run.kro.ui.rg.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.fabric8.kubernetes.client.KubernetesClientException;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.kro.ui.base.AgeText;
import run.kro.ui.base.ui.MainLayout;
import run.kro.ui.base.ui.Notices;
import run.kro.ui.base.ui.SearchField;
import run.kro.ui.rg.ApiErrorText;
import run.kro.ui.rg.ResourceGroupCatalog;
import run.kro.ui.rg.ResourceGroupSummary;
import run.kro.ui.rg.ResourceGroupWatch;

/**
 * Every ResourceGroup in the cluster with the API it defines, its state and its instance count;
 * search and filter. Live: it follows the cluster while open, and ages tick.
 */
@PermitAll
@Route(value = "resourcegroups", layout = MainLayout.class)
@PageTitle("ResourceGroups · KRO")
public class ResourceGroupListView extends VerticalLayout {

  private static final String ALL = "All states";
  private static final int AGE_TICK_MILLIS = 5000;

  private final ResourceGroupCatalog catalog;
  private final ResourceGroupWatch watch;
  private final ListDataProvider<ResourceGroupSummary> rows =
      new ListDataProvider<>(new ArrayList<>());
  private Registration live;
  private Registration ticks;
  private final Grid<ResourceGroupSummary> grid = new Grid<>();
  private final SearchField search = new SearchField("Search name or kind", this::filter);
  private final Select<String> state = new Select<>();

  public ResourceGroupListView(ResourceGroupCatalog catalog, ResourceGroupWatch watch) {
    this.catalog = catalog;
    this.watch = watch;
    setSizeFull();
    state.setItems(ALL, "Active", "Inactive", ResourceGroupCatalog.DELETING, "Not reconciled");
    state.setValue(ALL);
    state.setAriaLabel("State");
    state.addValueChangeListener(e -> filter());
    Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), e -> refresh());
    Button create =
        new Button(
            "New ResourceGroup",
            VaadinIcon.PLUS.create(),
            e -> getUI().ifPresent(ui -> ui.navigate(ResourceGroupEditorView.class)));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout toolbar =
        new HorizontalLayout(new H2("ResourceGroups"), search, state, refresh, create);
    toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
    toolbar.setWrap(true);
    configureGrid();
    add(toolbar, grid);
    refresh();
  }

  private void configureGrid() {
    grid.setId("resourcegroups");
    grid.addColumn(ResourceGroupSummary::name)
        .setHeader("Name")
        .setSortable(true)
        .setAutoWidth(true);
    grid.addColumn(ResourceGroupSummary::instanceKind)
        .setHeader("Kind")
        .setSortable(true)
        .setAutoWidth(true);
    grid.addColumn(ResourceGroupSummary::instanceApiVersion)
        .setHeader("API version")
        .setAutoWidth(true);
    grid.addColumn(s -> s.state().orElse("—")).setHeader("State").setAutoWidth(true);
    grid.addComponentColumn(s -> ReadyBadge.of(s.ready())).setHeader("Ready").setAutoWidth(true);
    grid.addColumn(
            s ->
                s.instanceCount().isPresent() ? String.valueOf(s.instanceCount().getAsLong()) : "—")
        .setHeader("Instances")
        .setComparator(s -> s.instanceCount().orElse(-1))
        .setAutoWidth(true);
    grid.addColumn(s -> AgeText.since(s.created(), Instant.now()))
        .setHeader("Age")
        .setAutoWidth(true);
    grid.addColumn(s -> s.sourceKind().kind()).setHeader("Source").setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText(
        "No ResourceGroups match. Create one with \"New ResourceGroup\", starting from a template.");
    grid.addItemClickListener(
        e -> {
          if (e.getItem() != null) {
            open(e.getItem());
          }
        });
    grid.setItems(rows);
    grid.setSizeFull();
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    UI ui = attach.getUI();
    try {
      live = watch.watch(list -> ui.access(() -> show(list)));
    } catch (KubernetesClientException e) {
      Notices.error(
          "The list does not follow the cluster: " + ApiErrorText.of(e) + ". Use Refresh.");
    }
    ui.setPollInterval(AGE_TICK_MILLIS);
    ticks = ui.addPollListener(e -> rows.refreshAll());
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    Optional.ofNullable(live).ifPresent(Registration::remove);
    Optional.ofNullable(ticks).ifPresent(Registration::remove);
    detach.getUI().setPollInterval(-1);
  }

  private void open(ResourceGroupSummary summary) {
    getUI()
        .ifPresent(
            ui ->
                ui.navigate(
                    ResourceGroupEditorView.class,
                    ResourceGroupEditorView.parametersFor(
                        summary.sourceKind().kind(), summary.name())));
  }

  private void refresh() {
    try {
      show(catalog.list());
    } catch (KubernetesClientException e) {
      Notices.error(
          "The ResourceGroups cannot be listed: "
              + ApiErrorText.of(e)
              + ". Check the console's connection to the cluster (shown at the top) and its rights.");
    }
  }

  private void show(List<ResourceGroupSummary> list) {
    rows.getItems().clear();
    rows.getItems().addAll(list);
    rows.refreshAll();
  }

  private void filter() {
    rows.setFilter(
        s ->
            search.matches(s.name() + " " + s.instanceKind())
                && switch (state.getValue()) {
                  case "Not reconciled" -> s.state().isEmpty();
                  case ALL -> true;
                  default -> s.state().map(state.getValue()::equalsIgnoreCase).orElse(false);
                });
  }
}
