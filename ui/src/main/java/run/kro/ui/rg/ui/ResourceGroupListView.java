package run.kro.ui.rg.ui;

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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.util.List;
import run.kro.ui.base.AgeText;
import run.kro.ui.base.ui.Badges;
import run.kro.ui.base.ui.MainLayout;
import run.kro.ui.base.ui.Notices;
import run.kro.ui.base.ui.SearchField;
import run.kro.ui.rg.ResourceGroupCatalog;
import run.kro.ui.rg.ResourceGroupSummary;

/** Every ResourceGroup in the cluster with the API it defines, its state and its instance count; search and filter. */
@jakarta.annotation.security.PermitAll
@Route(value = "resourcegroups", layout = MainLayout.class)
@PageTitle("ResourceGroups · KRO")
public class ResourceGroupListView extends VerticalLayout {

  private static final String ALL = "All states";

  private final ResourceGroupCatalog catalog;
  private final Grid<ResourceGroupSummary> grid = new Grid<>();
  private final SearchField search = new SearchField("Search name or kind", this::filter);
  private final Select<String> state = new Select<>();
  private List<ResourceGroupSummary> all = List.of();

  public ResourceGroupListView(ResourceGroupCatalog catalog) {
    this.catalog = catalog;
    setSizeFull();
    state.setItems(ALL, "Active", "Inactive", "Not reconciled");
    state.setValue(ALL);
    state.setAriaLabel("State");
    state.addValueChangeListener(e -> filter());
    Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), e -> refresh());
    Button create = new Button("New ResourceGroup", VaadinIcon.PLUS.create(),
        e -> getUI().ifPresent(ui -> ui.navigate(ResourceGroupEditorView.class)));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout toolbar = new HorizontalLayout(new H2("ResourceGroups"), search, state, refresh, create);
    toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
    toolbar.setWrap(true);
    configureGrid();
    add(toolbar, grid);
    refresh();
  }

  private void configureGrid() {
    grid.setId("resourcegroups");
    Instant now = Instant.now();
    grid.addColumn(ResourceGroupSummary::name).setHeader("Name").setSortable(true).setAutoWidth(true);
    grid.addColumn(ResourceGroupSummary::instanceKind).setHeader("Kind").setSortable(true).setAutoWidth(true);
    grid.addColumn(ResourceGroupSummary::instanceApiVersion).setHeader("API version").setAutoWidth(true);
    grid.addColumn(s -> s.state().orElse("—")).setHeader("State").setAutoWidth(true);
    grid.addComponentColumn(s -> ReadyBadge.of(s.ready())).setHeader("Ready").setAutoWidth(true);
    grid.addColumn(s -> s.instanceCount().isPresent() ? String.valueOf(s.instanceCount().getAsLong()) : "—")
        .setHeader("Instances").setComparator(s -> s.instanceCount().orElse(-1)).setAutoWidth(true);
    grid.addColumn(s -> AgeText.since(s.created(), now)).setHeader("Age").setAutoWidth(true);
    grid.addColumn(s -> s.sourceKind().kind()).setHeader("Source").setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText("No ResourceGroups match. Create one with \"New ResourceGroup\", starting from a template.");
    grid.addItemClickListener(e -> {
      if (e.getItem() != null) {
        open(e.getItem());
      }
    });
    grid.setSizeFull();
  }

  private void open(ResourceGroupSummary summary) {
    getUI().ifPresent(ui -> ui.navigate(ResourceGroupEditorView.class,
        ResourceGroupEditorView.parametersFor(summary.sourceKind().kind(), summary.name())));
  }

  private void refresh() {
    try {
      all = catalog.list();
    } catch (io.fabric8.kubernetes.client.KubernetesClientException e) {
      Notices.error("The ResourceGroups cannot be listed: " + run.kro.ui.rg.ApiErrorText.of(e)
          + ". Check the console's connection to the cluster (shown at the top) and its rights.");
    }
    filter();
  }

  private void filter() {
    grid.setItems(all.stream()
        .filter(s -> search.matches(s.name() + " " + s.instanceKind()))
        .filter(s -> switch (state.getValue()) {
          case "Active", "Inactive" -> s.state().map(state.getValue()::equalsIgnoreCase).orElse(false);
          case "Not reconciled" -> s.state().isEmpty();
          default -> true;
        })
        .toList());
  }
}
