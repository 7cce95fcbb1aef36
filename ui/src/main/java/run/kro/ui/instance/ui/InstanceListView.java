package run.kro.ui.instance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import run.kro.ui.base.AgeText;
import run.kro.ui.base.ui.MainLayout;
import run.kro.ui.base.ui.PollingRefresh;
import run.kro.ui.base.ui.SearchField;
import run.kro.ui.instance.InstanceApi;
import run.kro.ui.instance.InstanceApiException;
import run.kro.ui.instance.InstanceApis;
import run.kro.ui.instance.InstanceCatalog;
import run.kro.ui.instance.InstanceSummary;

/** The instances of one API in every namespace the user can see, refreshed every few seconds. */
@PermitAll
@Route(value = "apis/:rg", layout = MainLayout.class)
@PageTitle("Instances · KRO")
public class InstanceListView extends VerticalLayout implements BeforeEnterObserver {

  private static final int REFRESH_MS = 5000;
  private static final String NONE_YET = "No instances yet. Create one with the button above.";

  private final InstanceCatalog catalog;
  private final InstanceApis apis;
  private final Grid<InstanceSummary> grid = new Grid<>();
  private final SearchField search = new SearchField("Search name or namespace", this::filter);
  private final H2 heading = new H2();
  private final Paragraph description = new Paragraph();
  private final Button create = new Button(VaadinIcon.PLUS.create());
  private String rg = "";
  private List<InstanceSummary> all = List.of();

  public InstanceListView(InstanceCatalog catalog, InstanceApis apis) {
    this.catalog = catalog;
    this.apis = apis;
    setSizeFull();
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setId("create-instance");
    create.addClickListener(
        e ->
            getUI().ifPresent(ui -> ui.navigate(InstanceEditorView.class, InstanceRoutes.api(rg))));
    HorizontalLayout toolbar = new HorizontalLayout(heading, search, create);
    toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
    toolbar.setWrap(true);
    description.addClassName("kro-secondary");
    configureGrid();
    PollingRefresh.every(this, REFRESH_MS, this::refresh);
    add(toolbar, description, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    rg = event.getRouteParameters().get(InstanceRoutes.RG).orElse("");
    try {
      InstanceApi api = apis.resolve(rg);
      heading.setText(api.gvk().kind() + " instances");
      create.setText("Create " + api.gvk().kind());
      description.setText(
          api.description().orElse(api.describe() + ", defined by ResourceGroup " + rg));
      refresh();
    } catch (InstanceApiException e) {
      heading.setText(rg);
      create.setEnabled(false);
      grid.setEmptyStateText(e.getMessage());
    }
  }

  private void configureGrid() {
    grid.setId("instances");
    grid.addColumn(InstanceSummary::namespace)
        .setHeader("Namespace")
        .setSortable(true)
        .setAutoWidth(true);
    grid.addColumn(InstanceSummary::name).setHeader("Name").setSortable(true).setAutoWidth(true);
    grid.addComponentColumn(s -> StateBadge.of(s.state(), s.deleting()))
        .setHeader("State")
        .setAutoWidth(true);
    grid.addComponentColumn(s -> StateBadge.ready(s.ready())).setHeader("Ready").setAutoWidth(true);
    grid.addColumn(s -> s.graphRevision().map(String::valueOf).orElse("—"))
        .setHeader("Revision")
        .setAutoWidth(true);
    grid.addColumn(s -> AgeText.since(s.created(), Instant.now()))
        .setHeader("Age")
        .setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText(NONE_YET);
    grid.addItemClickListener(
        e -> {
          if (e.getItem() != null) {
            InstanceRoutes.openInstance(this, rg, e.getItem().namespace(), e.getItem().name());
          }
        });
    grid.setSizeFull();
  }

  private void refresh() {
    try {
      all = catalog.list(rg);
      grid.setEmptyStateText(NONE_YET);
      filter();
    } catch (InstanceApiException e) {
      // In the list itself: a notice would come back with every refresh.
      all = List.of();
      grid.setItems(all);
      grid.setEmptyStateText("The instances cannot be listed: " + e.getMessage());
    }
  }

  private void filter() {
    grid.setItems(
        all.stream().filter(s -> search.matches(s.namespace() + "/" + s.name())).toList());
  }
}
