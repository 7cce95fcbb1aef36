package run.kro.ui.instance;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import run.kro.ui.security.AccessReview;
import run.kro.ui.security.ConsoleUser;
import run.kro.ui.security.CurrentUser;
import run.kro.ui.team.Team;
import run.kro.ui.team.Teams;

/**
 * Whether the signed-in user may read or change an instance, asked of the cluster before the
 * console tries, so that a page they may not open says so in words (what they tried, what right it
 * needs, whom to ask) rather than showing the API server's refusal.
 */
@Service
public class InstanceAccess {

  private final AccessReview access;
  private final CurrentUser currentUser;
  private final Teams teams;

  public InstanceAccess(AccessReview access, CurrentUser currentUser, Teams teams) {
    this.access = access;
    this.currentUser = currentUser;
    this.teams = teams;
  }

  /** A refusal as a page shows it: a title and the sentences under it. */
  public record Refusal(String title, List<String> explanation) {

    public Refusal {
      explanation = List.copyOf(explanation);
    }
  }

  /**
   * Whether the user may {@code verb} instances of {@code api} in {@code namespace} ("" when
   * cluster-scoped).
   */
  public AccessReview.Decision may(String verb, InstanceApi api, String namespace) {
    return access.may(verb, api.gvk().group(), api.plural(), api.namespaced() ? namespace : "");
  }

  /** Why the user may not open instance {@code name}, if they may not. */
  public Optional<Refusal> toRead(InstanceApi api, String namespace, String name) {
    if (may("get", api, namespace).allowed()) {
      return Optional.empty();
    }
    String where = api.namespaced() && !namespace.isEmpty() ? namespace + "/" + name : name;
    String scope = api.namespaced() ? " in namespace " + namespace : " (cluster-scoped)";
    String who = currentUser.get().map(InstanceAccess::describe).orElse("you");
    String need =
        "Opening this "
            + api.gvk().kind()
            + " needs the right to get "
            + api.plural()
            + " (API group "
            + api.gvk().group()
            + ")"
            + scope
            + ", which "
            + who
            + " do not have.";
    String ask =
        owner(namespace)
            .map(
                team ->
                    "Namespace "
                        + namespace
                        + " belongs to team "
                        + team.name()
                        + ": ask them or your platform team for access.")
            .orElse("Ask your platform team for access.");
    return Optional.of(new Refusal("You have no access to " + where, List.of(need, ask)));
  }

  private Optional<Team> owner(String namespace) {
    return namespace.isEmpty()
        ? Optional.empty()
        : teams.teams().stream().filter(t -> t.namespaces().contains(namespace)).findFirst();
  }

  private static String describe(ConsoleUser user) {
    return "you ("
        + user.name()
        + (user.groups().isEmpty() ? "" : ", groups " + String.join(", ", user.groups()))
        + ")";
  }
}
