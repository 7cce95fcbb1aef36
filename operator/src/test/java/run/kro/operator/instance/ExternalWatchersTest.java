package run.kro.operator.instance;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.ExternalTarget;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.kinds.GroupVersionKind;

class ExternalWatchersTest {

  private static final GroupVersionKind CONFIG_MAP = new GroupVersionKind("", "v1", "ConfigMap");
  private static final GroupVersionKind APP = new GroupVersionKind("kro.run", "v1alpha1", "App");

  private static GenericKubernetesResource configMap(
      String namespace, String name, Map<String, String> labels) {
    GenericKubernetesResource object = new GenericKubernetesResource();
    object.setApiVersion("v1");
    object.setKind("ConfigMap");
    object.setMetadata(
        new ObjectMetaBuilder().withNamespace(namespace).withName(name).withLabels(labels).build());
    return object;
  }

  @Test
  void wakesOnlyTheInstancesThatReadTheObject() {
    ExternalWatchers watchers = new ExternalWatchers();
    InstanceKey byName = new InstanceKey(APP, Optional.of("a"), "by-name");
    InstanceKey bySelector = new InstanceKey(APP, Optional.empty(), "by-selector");
    InstanceKey other = new InstanceKey(APP, Optional.of("b"), "other");
    watchers.watch(
        byName,
        List.of(
            new ExternalTarget(
                "ref", CONFIG_MAP, Optional.of("a"), Optional.of("settings"), Optional.empty())));
    watchers.watch(
        bySelector,
        List.of(
            new ExternalTarget(
                "refs", CONFIG_MAP, Optional.empty(), Optional.empty(), Optional.of("team=x"))));
    watchers.watch(
        other,
        List.of(
            new ExternalTarget(
                "ref", CONFIG_MAP, Optional.of("b"), Optional.of("settings"), Optional.empty())));

    List<InstanceKey> woken = new ArrayList<>();
    watchers.changed(CONFIG_MAP, configMap("a", "settings", Map.of()), woken::add);
    assertThat(woken).containsExactlyInAnyOrder(byName, bySelector);

    woken.clear();
    watchers.forget(bySelector);
    watchers.watch(byName, List.of());
    watchers.changed(CONFIG_MAP, configMap("a", "settings", Map.of()), woken::add);
    assertThat(woken).isEmpty();
  }

  @Test
  void childLabelsNameTheirInstance() {
    GenericKubernetesResource child =
        configMap(
            "ns",
            "child",
            Map.of(
                KroMetadata.INSTANCE_NAME,
                "web",
                KroMetadata.INSTANCE_NAMESPACE,
                "ns",
                KroMetadata.INSTANCE_GROUP,
                "kro.run",
                KroMetadata.INSTANCE_VERSION,
                "v1alpha1",
                KroMetadata.INSTANCE_KIND,
                "App"));
    assertThat(InstanceKey.ofChild(child)).contains(new InstanceKey(APP, Optional.of("ns"), "web"));
    assertThat(InstanceKey.ofChild(configMap("ns", "plain", Map.of()))).isEmpty();
  }
}
