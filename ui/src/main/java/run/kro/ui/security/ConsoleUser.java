package run.kro.ui.security;

import java.util.List;

/**
 * The signed-in person as Kubernetes will know them: a user name and groups, from the ID token's
 * claims.
 */
public record ConsoleUser(String name, List<String> groups) {

  public ConsoleUser {
    groups = List.copyOf(groups);
  }
}
