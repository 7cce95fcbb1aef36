package run.kro.ui.instance;

import run.kro.ui.base.ClusterAccess;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import run.kro.ui.rg.ApiErrorText;

/**
 * The namespaces offered for new instances: every namespace the console may list; when it may not list namespaces
 * (or the server has none, as the in-memory stand-in), the configured ones ({@value InstanceDefaults#NAMESPACES_PROPERTY}, comma-separated, default
 * {@value InstanceDefaults#DEFAULT_NAMESPACE}). Per-user access comes later.
 */
@Service
public class NamespaceChoices {

  private final ClusterAccess cluster;
  private final List<String> configured;

  public NamespaceChoices(ClusterAccess cluster,
      @Value("${" + InstanceDefaults.NAMESPACES_PROPERTY + ":" + InstanceDefaults.DEFAULT_NAMESPACE + "}")
      String configured) {
    this.cluster = cluster;
    this.configured = Arrays.stream(configured.split(",")).map(String::trim).filter(n -> !n.isEmpty()).distinct()
        .toList();
  }

  /** Namespace names in alphabetical order (the configured ones in their order when listing is forbidden). */
  public List<String> namespaces() {
    try {
      List<String> names = cluster.client().namespaces().list().getItems().stream().map(Namespace::getMetadata)
          .filter(m -> m.getDeletionTimestamp() == null).map(m -> m.getName()).sorted().toList();
      return names.isEmpty() ? configured() : names;
    } catch (KubernetesClientException e) {
      // 404: the in-memory stand-in (see KubernetesConfiguration) has no namespaces until one is created
      if (e.getCode() == InstanceDefaults.FORBIDDEN || e.getCode() == ApiErrorText.NOT_FOUND) {
        return configured();
      }
      throw new InstanceApiException("cannot list namespaces: " + ApiErrorText.of(e));
    }
  }

  private List<String> configured() {
    return configured.isEmpty() ? List.of(InstanceDefaults.DEFAULT_NAMESPACE) : configured;
  }
}
