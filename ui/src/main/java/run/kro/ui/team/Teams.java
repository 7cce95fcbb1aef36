package run.kro.ui.team;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The team-to-namespace mapping, from the label {@value #TEAM_LABEL} on namespaces. It is directory
 * data, read with the console's own credentials (which need {@code list namespaces} besides {@code
 * impersonate}); what a user may do in those namespaces is still decided by RBAC for that user.
 */
@Service
public class Teams {

  public static final String TEAM_LABEL = "kro.run/team";

  private final KubernetesClient console;

  public Teams(KubernetesClient console) {
    this.console = console;
  }

  /** Teams by name, each with its namespaces in name order; none when namespaces cannot be read. */
  public List<Team> teams() {
    try {
      Map<String, List<String>> byTeam =
          console.namespaces().withLabel(TEAM_LABEL).list().getItems().stream()
              .collect(
                  Collectors.groupingBy(
                      n -> n.getMetadata().getLabels().get(TEAM_LABEL),
                      TreeMap::new,
                      Collectors.mapping(this::name, Collectors.toList())));
      return byTeam.entrySet().stream()
          .map(e -> new Team(e.getKey(), e.getValue().stream().sorted().toList()))
          .toList();
    } catch (KubernetesClientException e) {
      return List.of();
    }
  }

  /** Every namespace a team owns, in name order. */
  public List<String> teamNamespaces() {
    return teams().stream().flatMap(t -> t.namespaces().stream()).distinct().sorted().toList();
  }

  private String name(Namespace namespace) {
    return namespace.getMetadata().getName();
  }
}
