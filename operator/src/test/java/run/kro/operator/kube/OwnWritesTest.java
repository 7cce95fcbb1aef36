package run.kro.operator.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import org.junit.jupiter.api.Test;

class OwnWritesTest {

  private final OwnWrites ownWrites = new OwnWrites();

  @Test
  void theEventOfTheControllersOwnWriteIsAnEchoAndAnyOtherVersionIsNot() {
    ownWrites.wrote(object("u-1", "120"));

    assertThat(ownWrites.isEcho(object("u-1", "120"))).isTrue();
    assertThat(ownWrites.isEcho(object("u-1", "121"))).isFalse();
    assertThat(ownWrites.isEcho(object("u-2", "120"))).isFalse();
  }

  @Test
  void aCachedCopyOlderThanTheOwnWriteIsBehind() {
    ownWrites.wrote(object("u-1", "120"));

    assertThat(ownWrites.isBehind(object("u-1", "99"))).isTrue();
    assertThat(ownWrites.isBehind(object("u-1", "120"))).isFalse();
    // Someone changed it after the controller did.
    assertThat(ownWrites.isBehind(object("u-1", "130"))).isFalse();
    assertThat(ownWrites.isBehind(object("u-2", "1"))).isFalse();
  }

  @Test
  void versionsThatAreNotNumbersAreTrusted() {
    ownWrites.wrote(object("u-1", "b"));

    assertThat(ownWrites.isBehind(object("u-1", "a"))).isFalse();
  }

  @Test
  void aForgottenObjectIsNeitherEchoNorBehind() {
    ownWrites.wrote(object("u-1", "120"));
    ownWrites.forget(object("u-1", "120"));

    assertThat(ownWrites.isEcho(object("u-1", "120"))).isFalse();
    assertThat(ownWrites.isBehind(object("u-1", "1"))).isFalse();
  }

  private static ConfigMap object(String uid, String resourceVersion) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName("n")
        .withUid(uid)
        .withResourceVersion(resourceVersion)
        .endMetadata()
        .build();
  }
}
