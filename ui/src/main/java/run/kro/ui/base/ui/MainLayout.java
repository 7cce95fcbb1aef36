package run.kro.ui.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import run.kro.ui.base.ClusterConnection;
import run.kro.ui.security.CurrentUser;

/**
 * The frame of every page: the product name, which cluster the console works on, and the
 * navigation.
 */
public class MainLayout extends AppLayout implements BeforeEnterObserver {

  public MainLayout(ClusterConnection cluster, CurrentUser user) {
    Span title = new Span("KRO console");
    title.addClassName("kro-title");
    Span connection = new Span(cluster.describe());
    connection.setId("cluster");
    // A long description gives way to the account at narrow widths; its full text stays as the
    // tooltip.
    connection.addClassName("kro-shrinkable");
    connection.setTitle(cluster.describe());
    connection.getElement().setAttribute("theme", cluster.warns() ? "badge error" : "badge");
    HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, connection);
    user.get()
        .ifPresent(
            signedIn -> {
              Span who = new Span(signedIn.name());
              who.setId("signed-in-user");
              who.setTitle("groups: " + String.join(", ", signedIn.groups()));
              Button logout =
                  new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> user.logout());
              logout.setId("sign-out");
              HorizontalLayout account =
                  new HorizontalLayout(VaadinIcon.USER.create(), who, logout);
              account.setAlignItems(FlexComponent.Alignment.CENTER);
              account.getStyle().set("margin-left", "auto");
              bar.add(account);
            });
    bar.setAlignItems(FlexComponent.Alignment.CENTER);
    bar.setWidthFull();
    bar.addClassName("kro-navbar");
    addToNavbar(bar);
    SideNav nav = new SideNav();
    nav.addItem(new SideNavItem("APIs", "apis", VaadinIcon.PACKAGE.create()));
    nav.addItem(new SideNavItem("My instances", "instances", VaadinIcon.LIST.create()));
    nav.addItem(new SideNavItem("ResourceGroups", "resourcegroups", VaadinIcon.CLUSTER.create()));
    nav.addItem(
        new SideNavItem("New ResourceGroup", "resourcegroups/new", VaadinIcon.PLUS.create()));
    nav.addItem(new SideNavItem("Teams", "teams", VaadinIcon.GROUP.create()));
    addToDrawer(nav);
    setPrimarySection(Section.DRAWER);
  }

  /** A notice belongs to the page that showed it: moving on closes it. */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Notices.closeAll(event.getUI());
  }
}
