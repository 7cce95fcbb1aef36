package run.kro.ui.instance;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import run.kro.ui.base.ClusterAccess;
import run.kro.ui.rg.ApiErrorText;
import run.kro.ui.security.AccessReview;
import run.kro.ui.team.Teams;

/**
 * The namespaces offered for instances: those the user may list, and the teams' namespaces (users
 * rarely may list all namespaces); when neither gives any, the configured ones ({@value
 * InstanceDefaults#NAMESPACES_PROPERTY}, comma-separated, default {@value
 * InstanceDefaults#DEFAULT_NAMESPACE}). For creating, each comes with whether the user may create
 * the API's kind there, and why not.
 */
@Service
public class NamespaceChoices {

  private static final int NAMESPACES_ASKED = 25;

  private final ClusterAccess cluster;
  private final Teams teams;
  private final AccessReview access;
  private final List<String> configured;

  public NamespaceChoices(
      ClusterAccess cluster,
      Teams teams,
      AccessReview access,
      @Value(
              "${"
                  + InstanceDefaults.NAMESPACES_PROPERTY
                  + ":"
                  + InstanceDefaults.DEFAULT_NAMESPACE
                  + "}")
          String configured) {
    this.cluster = cluster;
    this.teams = teams;
    this.access = access;
    this.configured =
        Arrays.stream(configured.split(","))
            .map(String::trim)
            .filter(n -> !n.isEmpty())
            .distinct()
            .toList();
  }

  /** One namespace and whether the user may create the API's kind in it. */
  public record NamespaceChoice(String namespace, AccessReview.Decision decision) {}

  /** Namespace names in alphabetical order. */
  public List<String> namespaces() {
    TreeSet<String> names = new TreeSet<>(listable());
    names.addAll(teams.teamNamespaces());
    return names.isEmpty() ? configured() : List.copyOf(names);
  }

  /** Every namespace with the answer to "may I create {@code api}'s kind here?". */
  public List<NamespaceChoice> forCreating(InstanceApi api) {
    return namespaces().stream()
        .map(
            ns ->
                new NamespaceChoice(ns, access.may("create", api.gvk().group(), api.plural(), ns)))
        .toList();
  }

  /**
   * Whether the user may create {@code api}'s kind in {@code namespace} ("" for a cluster-scoped
   * kind), and why not.
   */
  public AccessReview.Decision mayCreate(InstanceApi api, String namespace) {
    return access.may("create", api.gvk().group(), api.plural(), api.namespaced() ? namespace : "");
  }

  /**
   * Why the user may not create {@code api}'s kind anywhere, if they may not. A cluster-scoped kind
   * is asked about once, for the whole cluster (rights in a namespace do not count for it). A
   * namespaced one is asked first for every namespace at once, then namespace by namespace in
   * {@code candidates} (e.g. {@link #namespaces()}, read once per page), stopping at the first yes
   * and after {@value #NAMESPACES_ASKED} namespaces, so that a page of many APIs on a cluster of
   * many namespaces stays fast.
   */
  public Optional<String> whyNotCreate(InstanceApi api, List<String> candidates) {
    AccessReview.Decision everywhere = access.may("create", api.gvk().group(), api.plural(), "");
    if (everywhere.allowed()) {
      return Optional.empty();
    }
    if (!api.namespaced()) {
      return Optional.of(
          api.gvk().kind()
              + " is cluster-scoped, and "
              + everywhere.reason()
              + ". Ask your platform team for access.");
    }
    boolean somewhere =
        candidates.stream()
            .limit(NAMESPACES_ASKED)
            .anyMatch(ns -> access.may("create", api.gvk().group(), api.plural(), ns).allowed());
    return somewhere
        ? Optional.empty()
        : Optional.of("You may not create " + api.gvk().kind() + " in any namespace you can see");
  }

  private List<String> listable() {
    try {
      return cluster.client().namespaces().list().getItems().stream()
          .map(Namespace::getMetadata)
          .filter(m -> m.getDeletionTimestamp() == null)
          .map(m -> m.getName())
          .toList();
    } catch (KubernetesClientException e) {
      // 403: most users may not list namespaces; 404: a server that does not serve them
      if (e.getCode() == ApiErrorText.FORBIDDEN || e.getCode() == ApiErrorText.NOT_FOUND) {
        return List.of();
      }
      throw new InstanceApiException("cannot list namespaces: " + ApiErrorText.of(e));
    }
  }

  private List<String> configured() {
    return configured.isEmpty() ? List.of(InstanceDefaults.DEFAULT_NAMESPACE) : configured;
  }
}
