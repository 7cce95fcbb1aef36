package run.kro.ui.instance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import run.kro.ui.base.ui.MainLayout;
import run.kro.ui.base.ui.Notices;
import run.kro.ui.base.ui.SearchField;
import run.kro.ui.instance.ApiSummary;
import run.kro.ui.instance.InstanceApiException;
import run.kro.ui.instance.InstanceApis;
import run.kro.ui.instance.InstanceCatalog;
import run.kro.ui.instance.NamespaceChoices;
import run.kro.ui.rg.ui.ResourceGroupEditorView;

/**
 * The APIs platform engineers have published (one per ResourceGroup), each with its description and
 * instances.
 */
@PermitAll
@Route(value = "apis", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("APIs · KRO")
public class ApiCatalogView extends VerticalLayout {

  private final FlexLayout cards = new FlexLayout();
  private final SearchField search = new SearchField("Search APIs", this::show);
  private List<ApiSummary> apis = List.of();

  private final InstanceApis instanceApis;
  private final NamespaceChoices namespaces;

  public ApiCatalogView(
      InstanceCatalog catalog, InstanceApis instanceApis, NamespaceChoices namespaces) {
    this.instanceApis = instanceApis;
    this.namespaces = namespaces;
    cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    cards.addClassName("kro-cards");
    cards.setId("apis");
    add(new HorizontalLayout(new H2("APIs"), search), cards);
    try {
      apis = catalog.apis();
    } catch (InstanceApiException e) {
      Notices.error("The APIs cannot be listed: " + e.getMessage());
    }
    show();
  }

  private void show() {
    cards.removeAll();
    List<ApiSummary> shown =
        apis.stream()
            .filter(
                api ->
                    search.matches(
                        api.kind()
                            + " "
                            + api.resourceGroup()
                            + " "
                            + api.description().orElse("")))
            .toList();
    if (shown.isEmpty()) {
      Div empty =
          new Div(
              new Paragraph(
                  apis.isEmpty()
                      ? "No APIs yet. Platform engineers publish an API by saving a ResourceGroup."
                      : "No API matches \"" + search.getValue() + "\"."));
      empty.addClassName("kro-empty");
      Button author =
          new Button(
              "Author a ResourceGroup",
              e -> getUI().ifPresent(ui -> ui.navigate(ResourceGroupEditorView.class)));
      empty.add(author);
      cards.add(empty);
      return;
    }
    List<String> candidates = namespaces.namespaces();
    shown.forEach(api -> cards.add(card(api, candidates)));
  }

  /** Why the user may not create instances of {@code api} anywhere, if they may not. */
  private Optional<String> mayCreate(ApiSummary api, List<String> candidates) {
    try {
      return namespaces.whyNotCreate(instanceApis.resolve(api.resourceGroup()), candidates);
    } catch (InstanceApiException e) {
      return Optional.of(e.getMessage());
    }
  }

  private Div card(ApiSummary api, List<String> candidates) {
    H3 kind = new H3(api.kind());
    Span version = new Span(api.apiVersion() + " · " + api.scope().toLowerCase(Locale.ROOT));
    version.addClassName("kro-secondary");
    Paragraph description =
        new Paragraph(api.description().orElse("Defined by ResourceGroup " + api.resourceGroup()));
    Span count =
        new Span(
            api.instanceCount().isEmpty()
                ? "Instances in your namespaces"
                : api.instanceCount().getAsLong()
                    + (api.instanceCount().getAsLong() == 1 ? " instance" : " instances"));
    Button instances =
        new Button(
            "Instances",
            VaadinIcon.LIST.create(),
            e ->
                getUI()
                    .ifPresent(
                        ui ->
                            ui.navigate(
                                InstanceListView.class, InstanceRoutes.api(api.resourceGroup()))));
    Button create =
        new Button(
            "Create " + api.kind(),
            VaadinIcon.PLUS.create(),
            e ->
                getUI()
                    .ifPresent(
                        ui ->
                            ui.navigate(
                                InstanceEditorView.class,
                                InstanceRoutes.api(api.resourceGroup()))));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    // One row of actions on every card: a long kind shortens the Create button's label (an
    // ellipsis, the whole of it in the tooltip) rather than wrapping it under Instances.
    create.setTooltipText("Create " + api.kind());
    create.setMinWidth("0");
    instances.getStyle().set("flex-shrink", "0");
    HorizontalLayout actions = new HorizontalLayout(instances, create);
    actions.setWrap(false);
    actions.setWidthFull();
    actions.addClassName("kro-card-actions");
    Div card = new Div(kind, version, description, count);
    // A disabled button shows no tooltip, so the reason is written on the card.
    mayCreate(api, candidates)
        .ifPresent(
            reason -> {
              create.setEnabled(false);
              Span why = new Span(reason);
              why.addClassNames("kro-secondary", "kro-create-refused");
              card.add(why);
            });
    card.add(actions);
    card.addClassName("kro-card");
    card.getElement().setAttribute("data-api", api.resourceGroup());
    return card;
  }
}
