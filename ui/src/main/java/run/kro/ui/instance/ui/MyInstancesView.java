package run.kro.ui.instance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import run.kro.ui.base.AgeText;
import run.kro.ui.base.ui.MainLayout;
import run.kro.ui.base.ui.PollingRefresh;
import run.kro.ui.base.ui.SearchField;
import run.kro.ui.instance.AllInstances;
import run.kro.ui.instance.InstanceApiException;
import run.kro.ui.instance.InstanceCatalog;
import run.kro.ui.instance.ListedInstance;

/**
 * Every instance the signed-in user can see, across all APIs and namespaces (read as the user, so
 * exactly what their rights show), with state, Ready, API, namespace and age; filtered by API and
 * state, searched by name or namespace, and refreshed every few seconds while open.
 */
@PermitAll
@Route(value = "instances", layout = MainLayout.class)
@PageTitle("My instances · KRO")
public class MyInstancesView extends VerticalLayout {

  private static final int REFRESH_MS = 5000;
  private static final String ALL = "All";

  private final InstanceCatalog catalog;
  private final Grid<ListedInstance> grid = new Grid<>();
  private final SearchField search = new SearchField("Search name or namespace", this::filter);
  private final Select<String> api = new Select<>();
  private final Select<String> state = new Select<>();
  private final Paragraph unreadable = new Paragraph();
  private AllInstances all = new AllInstances(List.of(), List.of());

  public MyInstancesView(InstanceCatalog catalog) {
    this.catalog = catalog;
    setSizeFull();
    api.setLabel("API");
    api.setId("filter-api");
    state.setLabel("State");
    state.setId("filter-state");
    search.setId("search-instances");
    List.of(api, state)
        .forEach(
            select -> {
              select.setItems(ALL);
              select.setValue(ALL);
              select.addValueChangeListener(e -> filter());
            });
    HorizontalLayout toolbar = new HorizontalLayout(new H2("My instances"), search, api, state);
    toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
    toolbar.setWrap(true);
    unreadable.addClassName("kro-secondary");
    unreadable.setId("unreadable-apis");
    configureGrid();
    PollingRefresh.every(this, REFRESH_MS, this::refresh);
    add(toolbar, unreadable, grid);
    refresh();
  }

  private void configureGrid() {
    grid.setId("my-instances");
    grid.addColumn(l -> l.summary().name()).setHeader("Name").setSortable(true).setAutoWidth(true);
    grid.addColumn(l -> l.summary().namespace())
        .setHeader("Namespace")
        .setSortable(true)
        .setAutoWidth(true);
    grid.addColumn(ListedInstance::kind).setHeader("API").setSortable(true).setAutoWidth(true);
    grid.addComponentColumn(l -> StateBadge.of(l.summary().state(), l.summary().deleting()))
        .setHeader("State")
        .setAutoWidth(true);
    grid.addComponentColumn(l -> StateBadge.ready(l.summary().ready()))
        .setHeader("Ready")
        .setAutoWidth(true);
    grid.addColumn(l -> AgeText.since(l.summary().created(), Instant.now()))
        .setHeader("Age")
        .setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText("No instances you can see yet. Create one from the APIs page.");
    grid.addItemClickListener(
        e -> {
          if (e.getItem() != null) {
            InstanceRoutes.openInstance(
                this,
                e.getItem().resourceGroup(),
                e.getItem().summary().namespace(),
                e.getItem().summary().name());
          }
        });
    grid.setSizeFull();
  }

  private void refresh() {
    try {
      all = catalog.all();
      unreadable.setText(
          all.unreadable().isEmpty() ? "" : "Not listed: " + String.join("; ", all.unreadable()));
    } catch (InstanceApiException e) {
      unreadable.setText("The instances cannot be listed: " + e.getMessage());
    }
    offer(api, all.instances().stream().map(ListedInstance::kind).toList());
    offer(state, all.instances().stream().map(MyInstancesView::stateOf).toList());
    filter();
  }

  /** Keeps the chosen filter while the values on offer follow the list. */
  private static void offer(Select<String> select, List<String> values) {
    String chosen = select.getValue();
    List<String> items = new ArrayList<>(List.of(ALL));
    items.addAll(new TreeSet<>(values));
    if (!items.contains(chosen)) {
      items.add(chosen);
    }
    if (!items.equals(select.getListDataView().getItems().toList())) {
      select.setItems(items);
      select.setValue(chosen);
    }
  }

  private void filter() {
    grid.setItems(
        all.instances().stream()
            .filter(l -> ALL.equals(api.getValue()) || Objects.equals(api.getValue(), l.kind()))
            .filter(
                l -> ALL.equals(state.getValue()) || Objects.equals(state.getValue(), stateOf(l)))
            .filter(l -> search.matches(l.summary().namespace() + "/" + l.summary().name()))
            .toList());
  }

  private static String stateOf(ListedInstance listed) {
    return listed.summary().deleting()
        ? "DELETING"
        : listed.summary().state().orElse("not reconciled");
  }
}
