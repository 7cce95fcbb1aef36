package run.kro.ui.team.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import run.kro.ui.base.ui.Badges;
import run.kro.ui.base.ui.MainLayout;
import run.kro.ui.security.ConsoleUser;
import run.kro.ui.security.CurrentUser;
import run.kro.ui.team.Team;
import run.kro.ui.team.Teams;

/** Which team owns which namespaces, and which teams the signed-in user is in. */
@PermitAll
@Route(value = "teams", layout = MainLayout.class)
@PageTitle("Teams · KRO")
public class TeamsView extends VerticalLayout {

  public TeamsView(Teams teams, CurrentUser currentUser) {
    List<String> myGroups = currentUser.get().map(ConsoleUser::groups).orElse(List.of());
    Grid<Team> grid = new Grid<>();
    grid.setId("teams");
    grid.addColumn(Team::name).setHeader("Team (group)").setAutoWidth(true);
    grid.addColumn(t -> String.join(", ", t.namespaces())).setHeader("Namespaces").setFlexGrow(1);
    // Only the user's own teams get a badge: an empty badge still draws as a dark pill.
    grid.addComponentColumn(
            t -> myGroups.contains(t.name()) ? Badges.success("your team") : new Span())
        .setHeader("")
        .setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setItems(teams.teams());
    grid.setEmptyStateText(
        "No teams yet. A namespace belongs to a team when it has the label "
            + Teams.TEAM_LABEL
            + ": <team>, the team being the OIDC group of its members.");
    grid.setAllRowsVisible(true);
    Paragraph how =
        new Paragraph(
            "A team is an OIDC group; its namespaces carry the label "
                + Teams.TEAM_LABEL
                + ". What a team may do there is Kubernetes RBAC (see docs/security.md); the console acts as you, so it "
                + "shows and allows exactly that.");
    how.addClassName("kro-secondary");
    add(new H2("Teams"), how, grid);
  }
}
