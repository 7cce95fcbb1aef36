package run.kro.operator.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.KroMetadata;

/** The watch caches keep objects as text and give each reader its own equal copy. */
class SerializedStoreTest {

  private final SerializedStore store =
      new SerializedStore(
          CompactObjects.keepingAppliedBy(KroMetadata.FIELD_MANAGER_APPLYSET),
          new KubernetesSerialization());

  @Test
  void givesBackTheCompactedObjectAsAFreshCopyOnEveryRead() throws Exception {
    GenericKubernetesResource child = CompactObjectsTest.child("a");

    assertThat(store.put(store.getKey(child), child)).isNull();
    GenericKubernetesResource first = store.get("team-a/a");
    GenericKubernetesResource second = store.get("team-a/a");

    assertThat(first).isEqualTo(child).isNotSameAs(child).isNotSameAs(second);
    assertThat(first.getMetadata().getManagedFields())
        .singleElement()
        .satisfies(
            entry -> assertThat(entry.getManager()).isEqualTo(KroMetadata.FIELD_MANAGER_APPLYSET));
    first.getAdditionalProperties().put("data", Map.of("changed", "by a reader"));
    assertThat(store.get("team-a/a")).isEqualTo(second);
  }

  @Test
  void putAndRemoveAnswerWithThePreviousObject() throws Exception {
    GenericKubernetesResource before = CompactObjectsTest.child("a");
    GenericKubernetesResource after = CompactObjectsTest.child("a");
    after.getMetadata().setResourceVersion("2");

    store.put("team-a/a", before);
    GenericKubernetesResource replaced = store.put("team-a/a", after);

    assertThat(replaced.getMetadata().getResourceVersion()).isNull();
    assertThat(store.size()).isEqualTo(1);
    assertThat(store.keySet()).containsExactly("team-a/a");
    assertThat(store.values()).containsExactly(after);
    assertThat(store.remove("team-a/a").getMetadata().getResourceVersion()).isEqualTo("2");
    assertThat(store.get("team-a/a")).isNull();
    assertThat(store.remove("team-a/a")).isNull();
  }
}
