package run.kro.operator.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.kro.backend.kinds.GroupVersionKind;

class UnseenAppliesTest {

  private static final GroupVersionKind DEPLOYMENT =
      new GroupVersionKind("apps", "v1", "Deployment");
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final SettableClock clock = new SettableClock();
  private final UnseenApplies unseen = new UnseenApplies(clock);

  @Test
  void theOwnApplyStandsInWhileTheCacheLacksTheObjectOrIsOlder() {
    unseen.applied(deployment("120"));

    assertThat(newest(Optional.empty())).map(UnseenAppliesTest::version).contains("120");
    assertThat(newest(Optional.of(deployment("99"))))
        .map(UnseenAppliesTest::version)
        .contains("120");
  }

  @Test
  void theCacheIsTheJudgeOnceItShowsThatVersionOrALaterOne() {
    unseen.applied(deployment("120"));

    // Someone changed it after the controller did.
    assertThat(newest(Optional.of(deployment("130"))))
        .map(UnseenAppliesTest::version)
        .contains("130");
    assertThat(newest(Optional.empty())).isEmpty();
  }

  @Test
  void theWatchShowingTheApplyOrItsDeletionEndsIt() {
    unseen.applied(deployment("120"));
    unseen.seen(deployment("99"));
    assertThat(newest(Optional.empty())).isPresent();
    unseen.seen(deployment("120"));
    assertThat(newest(Optional.empty())).isEmpty();

    unseen.applied(deployment("140"));
    unseen.forget(deployment("140"));
    assertThat(newest(Optional.empty())).isEmpty();
  }

  @Test
  void anApplyTheWatchHasNotShownForLongIsNoLongerTrusted() {
    unseen.applied(deployment("120"));
    clock.now = START.plus(UnseenApplies.TRUSTED_FOR);
    assertThat(newest(Optional.empty())).isPresent();

    clock.now = clock.now.plusMillis(1);
    assertThat(newest(Optional.empty())).isEmpty();
  }

  @Test
  void otherObjectsAreNotAffected() {
    unseen.applied(deployment("120"));

    assertThat(unseen.newest(DEPLOYMENT, Optional.of("shop"), "api", Optional.empty())).isEmpty();
    assertThat(unseen.newest(DEPLOYMENT, Optional.of("other"), "web", Optional.empty())).isEmpty();
    assertThat(
            unseen.newest(
                new GroupVersionKind("", "v1", "Service"),
                Optional.of("shop"),
                "web",
                Optional.empty()))
        .isEmpty();
  }

  private Optional<GenericKubernetesResource> newest(Optional<GenericKubernetesResource> cached) {
    return unseen.newest(DEPLOYMENT, Optional.of("shop"), "web", cached);
  }

  private static String version(GenericKubernetesResource object) {
    return object.getMetadata().getResourceVersion();
  }

  private static final class SettableClock extends Clock {

    Instant now = START;

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private static GenericKubernetesResource deployment(String resourceVersion) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("apps/v1")
        .withKind("Deployment")
        .withNewMetadata()
        .withNamespace("shop")
        .withName("web")
        .withResourceVersion(resourceVersion)
        .endMetadata()
        .build();
  }
}
