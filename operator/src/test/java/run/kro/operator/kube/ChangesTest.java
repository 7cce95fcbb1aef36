package run.kro.operator.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {

  private static GenericKubernetesResource object(
      String resourceVersion, long generation, Map<String, String> labels, Object status) {
    GenericKubernetesResource object = new GenericKubernetesResource();
    object.setMetadata(
        new ObjectMetaBuilder()
            .withName("x")
            .withResourceVersion(resourceVersion)
            .withGeneration(generation)
            .withLabels(labels)
            .build());
    object.setAdditionalProperty("status", status);
    return object;
  }

  @Test
  void statusOnlyUpdatesAreNotWork() {
    assertThat(Changes.needWork(object("1", 1, Map.of(), "a"), object("2", 1, Map.of(), "b")))
        .isFalse();
  }

  @Test
  void specMetadataAndResyncsAreWork() {
    assertThat(Changes.needWork(object("1", 1, Map.of(), "a"), object("2", 2, Map.of(), "a")))
        .isTrue();
    assertThat(
            Changes.needWork(object("1", 1, Map.of(), "a"), object("2", 1, Map.of("k", "v"), "a")))
        .isTrue();
    assertThat(Changes.needWork(object("1", 1, Map.of(), "a"), object("1", 1, Map.of(), "a")))
        .isTrue();
  }
}
