package run.kro.operator.rg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import run.kro.backend.rollout.RevisionChoice;
import run.kro.backend.rollout.RolloutMode;
import run.kro.backend.rollout.RolloutSettings;
import run.kro.operator.registry.RolloutTarget;

class RolloutProgressionTest {

  private static final Instant T0 = Instant.parse("2026-12-04T01:00:00Z");

  private static RolloutSettings settings(String... pairs) {
    Map<String, String> annotations = new HashMap<>();
    annotations.put("kro.run/rollout", "staged");
    for (int i = 0; i < pairs.length; i += 2) {
      annotations.put(pairs[i], pairs[i + 1]);
    }
    return RolloutSettings.fromAnnotations(annotations).settings();
  }

  private static RolloutInstance instance(
      String name, long current, OptionalLong admitted, String state, boolean ready) {
    return new RolloutInstance(
        "team/" + name,
        "team",
        name,
        Map.of(),
        new RevisionChoice.Facts(OptionalLong.empty(), OptionalLong.of(current), admitted),
        Optional.of(state),
        ready,
        ready ? "" : "waiting for deployment");
  }

  /** {@code count} instances, all ACTIVE on {@code revision}. */
  private static List<RolloutInstance> fleet(int count, long revision) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                instance(
                    String.format("shop-%02d", i), revision, OptionalLong.empty(), "ACTIVE", true))
        .toList();
  }

  /** The instances after a decision's admissions were written and the instances moved. */
  private static List<RolloutInstance> moved(
      List<RolloutInstance> before,
      RolloutProgression.Decision decision,
      long revision,
      boolean ready) {
    List<RolloutInstance> after = new ArrayList<>();
    for (RolloutInstance i : before) {
      boolean admitted = decision.admit().stream().anyMatch(a -> a.id().equals(i.id()));
      after.add(
          admitted
              ? instance(
                  i.name(),
                  revision,
                  OptionalLong.of(revision),
                  ready ? "ACTIVE" : "IN_PROGRESS",
                  ready)
              : i);
    }
    return after;
  }

  private static List<String> reasons(RolloutProgression.Decision decision) {
    return decision.events().stream().map(RolloutProgression.Event::reason).toList();
  }

  private static final RolloutTarget STAGED_2 = new RolloutTarget(RolloutMode.STAGED, 2);

  @Test
  void aNewRevisionStartsWithTheCanaryInNameOrder() {
    RolloutProgression.Decision decision =
        RolloutProgression.next(
            settings("kro.run/rollout-canary", "2"), STAGED_2, fleet(10, 1), Optional.empty(), T0);

    assertThat(decision.admit())
        .extracting(RolloutInstance::name)
        .containsExactly("shop-00", "shop-01");
    assertThat(decision.state().phase()).isEqualTo(RolloutState.PROGRESSING);
    assertThat(decision.state().step()).isZero();
    assertThat(decision.admitted()).isEqualTo(2);
    assertThat(decision.total()).isEqualTo(10);
    assertThat(reasons(decision))
        .containsExactly("RolloutStarted", "InstanceAdmitted", "InstanceAdmitted");
    assertThat(decision.recheckIn()).contains(Duration.ofMinutes(5));
  }

  @Test
  void aReadyCanarySoaksThenTheNextStepAdmitsMore() {
    RolloutSettings settings =
        settings(
            "kro.run/rollout-canary",
            "2",
            "kro.run/rollout-step",
            "4",
            "kro.run/rollout-soak",
            "30s");
    List<RolloutInstance> fleet = fleet(10, 1);
    RolloutProgression.Decision canary =
        RolloutProgression.next(settings, STAGED_2, fleet, Optional.empty(), T0);
    fleet = moved(fleet, canary, 2, true);

    RolloutProgression.Decision soaking =
        RolloutProgression.next(
            settings, STAGED_2, fleet, Optional.of(canary.state()), T0.plusSeconds(5));
    assertThat(soaking.state().phase()).isEqualTo(RolloutState.SOAKING);
    assertThat(soaking.admit()).isEmpty();
    assertThat(soaking.recheckIn()).contains(Duration.ofSeconds(30));

    RolloutProgression.Decision stillSoaking =
        RolloutProgression.next(
            settings, STAGED_2, fleet, Optional.of(soaking.state()), T0.plusSeconds(20));
    assertThat(stillSoaking.state().phase()).isEqualTo(RolloutState.SOAKING);
    assertThat(stillSoaking.recheckIn()).contains(Duration.ofSeconds(15));

    RolloutProgression.Decision step1 =
        RolloutProgression.next(
            settings, STAGED_2, fleet, Optional.of(stillSoaking.state()), T0.plusSeconds(36));
    assertThat(step1.state().step()).isEqualTo(1);
    assertThat(step1.admit())
        .extracting(RolloutInstance::name)
        .containsExactly("shop-02", "shop-03", "shop-04", "shop-05");
    assertThat(reasons(step1)).startsWith("RolloutStepStarted");
  }

  @Test
  void aPromotionSkipsTheSoak() {
    RolloutSettings settings =
        settings("kro.run/rollout-canary", "2", "kro.run/rollout-promote", "0");
    List<RolloutInstance> fleet = fleet(4, 1);
    RolloutProgression.Decision canary =
        RolloutProgression.next(settings, STAGED_2, fleet, Optional.empty(), T0);
    RolloutProgression.Decision next =
        RolloutProgression.next(
            settings,
            STAGED_2,
            moved(fleet, canary, 2, true),
            Optional.of(canary.state()),
            T0.plusSeconds(1));
    assertThat(next.state().step()).isEqualTo(1);
    assertThat(next.admit()).hasSize(1);
  }

  @Test
  void aCanaryInErrorHaltsUntilTheStepIsPromoted() {
    RolloutSettings settings = settings("kro.run/rollout-canary", "2");
    List<RolloutInstance> fleet = fleet(10, 1);
    RolloutProgression.Decision canary =
        RolloutProgression.next(settings, STAGED_2, fleet, Optional.empty(), T0);
    List<RolloutInstance> broken = new ArrayList<>(moved(fleet, canary, 2, true));
    broken.set(1, instance("shop-01", 2, OptionalLong.of(2), "ERROR", false));

    RolloutProgression.Decision halted =
        RolloutProgression.next(
            settings, STAGED_2, broken, Optional.of(canary.state()), T0.plusSeconds(5));
    assertThat(halted.state().phase()).isEqualTo(RolloutState.HALTED);
    assertThat(halted.message())
        .contains("team/shop-01", "ERROR", "revision 2", "waiting for deployment");
    assertThat(reasons(halted)).containsExactly("RolloutHalted");

    // Sticky: fixing the instance does not resume by itself, and nothing is admitted.
    RolloutProgression.Decision stillHalted =
        RolloutProgression.next(
            settings,
            STAGED_2,
            moved(fleet, canary, 2, true),
            Optional.of(halted.state()),
            T0.plusSeconds(600));
    assertThat(stillHalted.state().phase()).isEqualTo(RolloutState.HALTED);
    assertThat(stillHalted.admit()).isEmpty();
    assertThat(stillHalted.events()).isEmpty();

    RolloutSettings promoted =
        settings("kro.run/rollout-canary", "2", "kro.run/rollout-promote", "0");
    RolloutProgression.Decision resumed =
        RolloutProgression.next(
            promoted,
            STAGED_2,
            moved(fleet, canary, 2, true),
            Optional.of(stillHalted.state()),
            T0.plusSeconds(601));
    assertThat(resumed.state().phase()).isNotEqualTo(RolloutState.HALTED);
    assertThat(reasons(resumed)).contains("RolloutStepStarted");

    // The same promotion does not resume the step a second time.
    RolloutProgression.Decision haltedAgain =
        RolloutProgression.next(
            promoted,
            STAGED_2,
            broken,
            Optional.of(canary.state().halted("x").resume(T0)),
            T0.plusSeconds(602));
    assertThat(haltedAgain.state().phase()).isEqualTo(RolloutState.HALTED);
    RolloutProgression.Decision notResumed =
        RolloutProgression.next(
            promoted, STAGED_2, broken, Optional.of(haltedAgain.state()), T0.plusSeconds(603));
    assertThat(notResumed.state().phase()).isEqualTo(RolloutState.HALTED);
  }

  @Test
  void anInstanceNotReadyPastTheDeadlineHalts() {
    RolloutSettings settings = settings("kro.run/rollout-deadline", "1m");
    List<RolloutInstance> fleet = fleet(3, 1);
    RolloutProgression.Decision canary =
        RolloutProgression.next(settings, STAGED_2, fleet, Optional.empty(), T0);
    List<RolloutInstance> slow = moved(fleet, canary, 2, false);

    assertThat(
            RolloutProgression.next(
                    settings, STAGED_2, slow, Optional.of(canary.state()), T0.plusSeconds(59))
                .state()
                .phase())
        .isEqualTo(RolloutState.PROGRESSING);
    RolloutProgression.Decision late =
        RolloutProgression.next(
            settings, STAGED_2, slow, Optional.of(canary.state()), T0.plusSeconds(61));
    assertThat(late.state().phase()).isEqualTo(RolloutState.HALTED);
    assertThat(late.message()).contains("team/shop-00", "not Ready", "1m");
  }

  @Test
  void completesOnceWhenEveryInstanceRunsTheTargetAndIsReady() {
    RolloutSettings settings = settings("kro.run/rollout-canary", "100%");
    List<RolloutInstance> fleet = fleet(3, 1);
    RolloutProgression.Decision all =
        RolloutProgression.next(settings, STAGED_2, fleet, Optional.empty(), T0);
    assertThat(all.admit()).hasSize(3);
    List<RolloutInstance> done = moved(fleet, all, 2, true);
    RolloutProgression.Decision complete =
        RolloutProgression.next(
            settings, STAGED_2, done, Optional.of(all.state()), T0.plusSeconds(5));
    assertThat(complete.state().phase()).isEqualTo(RolloutState.COMPLETE);
    assertThat(reasons(complete)).containsExactly("RolloutCompleted");
    assertThat(
            RolloutProgression.next(
                    settings, STAGED_2, done, Optional.of(complete.state()), T0.plusSeconds(9))
                .events())
        .isEmpty();
  }

  @Test
  void pinnedInstancesAreNeitherCountedNorAdmitted() {
    List<RolloutInstance> fleet = new ArrayList<>(fleet(2, 1));
    fleet.add(
        new RolloutInstance(
            "team/pinned",
            "team",
            "pinned",
            Map.of(),
            new RevisionChoice.Facts(OptionalLong.of(1), OptionalLong.of(1), OptionalLong.empty()),
            Optional.of("ACTIVE"),
            true,
            ""));
    RolloutProgression.Decision decision =
        RolloutProgression.next(
            settings("kro.run/rollout-canary", "100%"), STAGED_2, fleet, Optional.empty(), T0);
    assertThat(decision.total()).isEqualTo(2);
    assertThat(decision.admit()).extracting(RolloutInstance::name).doesNotContain("pinned");
  }

  @Test
  void aCanarySelectorChoosesByLabels() {
    List<RolloutInstance> fleet = new ArrayList<>(fleet(3, 1));
    RolloutInstance labelled =
        new RolloutInstance(
            "team/z-canary",
            "team",
            "z-canary",
            Map.of("tier", "canary"),
            new RevisionChoice.Facts(
                OptionalLong.empty(), OptionalLong.of(1), OptionalLong.empty()),
            Optional.of("ACTIVE"),
            true,
            "");
    fleet.add(labelled);
    RolloutProgression.Decision decision =
        RolloutProgression.next(
            settings("kro.run/rollout-canary", "tier=canary"),
            STAGED_2,
            fleet,
            Optional.empty(),
            T0);
    assertThat(decision.admit()).containsExactly(labelled);
  }

  @Test
  void pausedAdmitsNobody() {
    RolloutProgression.Decision decision =
        RolloutProgression.next(
            settings("kro.run/rollout-paused", "true"),
            STAGED_2,
            fleet(4, 1),
            Optional.empty(),
            T0);
    assertThat(decision.admit()).isEmpty();
    assertThat(decision.state().phase()).isEqualTo(RolloutState.PAUSED);
  }

  @Test
  void aRollbackIsRecordedAndClearsAdmissionsBeyondTheTarget() {
    List<RolloutInstance> fleet =
        List.of(
            instance("a", 3, OptionalLong.of(3), "ACTIVE", true),
            instance("b", 2, OptionalLong.of(3), "ACTIVE", true),
            instance("c", 2, OptionalLong.empty(), "ACTIVE", true));
    RolloutState before = RolloutState.start(RolloutMode.STAGED, 3, T0);
    RolloutProgression.Decision decision =
        RolloutProgression.next(
            settings(), STAGED_2, fleet, Optional.of(before), T0.plusSeconds(1));
    assertThat(reasons(decision)).contains("RolledBack");
    assertThat(decision.events().get(0).message())
        .contains("from revision 3 to 2", "1 instance(s) ahead");
    assertThat(decision.clear()).extracting(RolloutInstance::name).containsExactly("a", "b");
  }

  @Test
  void manualWaitsForPromotionsAndAutoFollows() {
    List<RolloutInstance> fleet = fleet(3, 1);
    RolloutProgression.Decision manual =
        RolloutProgression.next(
            settings(), new RolloutTarget(RolloutMode.MANUAL, 2), fleet, Optional.empty(), T0);
    assertThat(manual.state().phase()).isEqualTo(RolloutState.WAITING);
    assertThat(manual.message()).contains("3 wait to be promoted");
    assertThat(manual.admit()).isEmpty();

    RolloutProgression.Decision auto =
        RolloutProgression.next(
            settings(), new RolloutTarget(RolloutMode.AUTO, 1), fleet, Optional.empty(), T0);
    assertThat(auto.state().phase()).isEqualTo(RolloutState.COMPLETE);
    assertThat(auto.events()).isEmpty();
  }
}
