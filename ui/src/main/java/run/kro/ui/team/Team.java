package run.kro.ui.team;

import java.util.List;

/** A team and its namespaces; its name is also the OIDC group its members are in. */
public record Team(String name, List<String> namespaces) {

  public Team {
    namespaces = List.copyOf(namespaces);
  }
}
