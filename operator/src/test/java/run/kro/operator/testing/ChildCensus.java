package run.kro.operator.testing;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import run.kro.backend.api.KroMetadata;

/**
 * The ConfigMaps of one namespace that carry kro's {@code kro.run/instance-name} label, as one list
 * request sees them: what fault ITs compare with the exact set of children they expect (nothing
 * missing, duplicated or orphaned).
 */
public record ChildCensus(List<ConfigMap> children) {

  public static final String INSTANCE_LABEL = KroMetadata.INSTANCE_NAME;

  public static ChildCensus of(KubernetesClient client, String namespace) {
    return new ChildCensus(
        client.configMaps().inNamespace(namespace).withLabel(INSTANCE_LABEL).list().getItems());
  }

  /**
   * Every child's name; a name listed twice would show as {@link #size()} above this set's size.
   */
  public Set<String> names() {
    return children.stream()
        .map(cm -> cm.getMetadata().getName())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  public int size() {
    return children.size();
  }

  /** Children by the instance their label names. */
  public Map<String, List<ConfigMap>> byInstance() {
    return children.stream()
        .collect(
            Collectors.groupingBy(
                cm -> cm.getMetadata().getLabels().get(INSTANCE_LABEL),
                TreeMap::new,
                Collectors.toList()));
  }

  /** How many instances have at least one child. */
  public long instancesStarted() {
    return byInstance().size();
  }

  /** How many instances have all {@code children} of theirs. */
  public long instancesComplete(int children) {
    return byInstance().values().stream().filter(list -> list.size() >= children).count();
  }

  @Override
  public String toString() {
    return size() + " children of " + instancesStarted() + " instances";
  }
}
