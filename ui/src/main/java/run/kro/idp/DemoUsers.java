package run.kro.idp;

import java.util.List;

/**
 * The people of the embedded provider: a platform engineer, who may author ResourceGroups, and a
 * developer in each of two teams. They exist only to try the console out; a real installation uses
 * its company's provider.
 */
public final class DemoUsers {

  /** One demo user: name, password, groups (as Kubernetes will see them) and what they are for. */
  public record DemoUser(String name, String password, List<String> groups, String role) {}

  public static final String PLATFORM_GROUP = "kro-platform";
  public static final String TEAM_A_GROUP = "team-a";
  public static final String TEAM_B_GROUP = "team-b";

  public static final List<DemoUser> ALL =
      List.of(
          new DemoUser(
              "pat", "pat", List.of(PLATFORM_GROUP), "platform engineer: authors ResourceGroups"),
          new DemoUser("alice", "alice", List.of(TEAM_A_GROUP), "developer in team A"),
          new DemoUser("bob", "bob", List.of(TEAM_B_GROUP), "developer in team B"));

  private DemoUsers() {}
}
