package run.kro.operator.rg;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;
import run.kro.backend.rollout.Durations;
import run.kro.backend.rollout.RolloutPlan;
import run.kro.backend.rollout.RolloutSettings;
import run.kro.operator.registry.RolloutTarget;

/**
 * One look at a ResourceGroup's rollout (docs/revisions.md#rollout-modes): from its settings, its
 * target, its instances and where the rollout stood, decides which instances to admit, whether it
 * halts, moves on a step or completes, and what to report. Pure: the caller does the writes.
 */
final class RolloutProgression {

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  /** An Event to record on the ResourceGroup. */
  record Event(String reason, String message, boolean warning) {}

  /**
   * What to do and report.
   *
   * @param admit instances to admit to the target ({@code kro.run/admitted-revision})
   * @param clear instances whose admission to a revision beyond the target must go
   * @param recheckIn when to look again even if nothing changes (a soak or a deadline ends)
   */
  record Decision(
      RolloutState state,
      int steps,
      int admitted,
      int total,
      String message,
      List<RolloutInstance> admit,
      List<RolloutInstance> clear,
      List<Event> events,
      Optional<Duration> recheckIn) {}

  private RolloutProgression() {}

  static Decision next(
      RolloutSettings settings,
      RolloutTarget target,
      List<RolloutInstance> instances,
      Optional<RolloutState> previous,
      Instant now) {
    long revision = target.revision();
    List<RolloutInstance> followers =
        instances.stream()
            .filter(i -> !i.pinned())
            .sorted(Comparator.comparing(RolloutInstance::id))
            .toList();
    List<RolloutInstance> clear =
        followers.stream().filter(i -> i.facts().admitted().orElse(0) > revision).toList();
    List<Event> events = new ArrayList<>();
    Optional<RolloutState> same =
        previous.filter(s -> s.revision() == revision && s.mode() == target.mode());
    previous
        .filter(s -> s.revision() > revision)
        .ifPresent(
            s ->
                events.add(
                    new Event(
                        "RolledBack",
                        "target set back from revision "
                            + s.revision()
                            + " to "
                            + revision
                            + "; "
                            + followers.stream().filter(i -> ahead(i, revision)).count()
                            + " instance(s) ahead move back",
                        false)));
    Pass pass =
        new Pass(
            settings,
            revision,
            followers,
            same.orElseGet(() -> RolloutState.start(target.mode(), revision, now)),
            same.isEmpty(),
            now,
            events);
    return switch (target.mode()) {
      case AUTO -> pass.following(clear);
      case MANUAL -> pass.manual(clear);
      case STAGED -> pass.staged(clear);
    };
  }

  private static boolean ahead(RolloutInstance instance, long revision) {
    return instance.facts().current().orElse(0) > revision;
  }

  /** One decision's working state. */
  private record Pass(
      RolloutSettings settings,
      long revision,
      List<RolloutInstance> followers,
      RolloutState state,
      boolean fresh,
      Instant now,
      List<Event> events) {

    Decision following(List<RolloutInstance> clear) {
      int on = (int) followers.stream().filter(i -> i.runs(revision)).count();
      String phase = on == followers.size() ? RolloutState.COMPLETE : RolloutState.PROGRESSING;
      return decide(state.phase(phase), 0, on, onTarget(on), List.of(), clear, Optional.empty());
    }

    Decision manual(List<RolloutInstance> clear) {
      int admitted = admittedCount();
      int waiting = followers.size() - admitted;
      String message =
          onTarget(admitted)
              + (waiting == 0
                  ? ""
                  : "; "
                      + waiting
                      + " wait to be promoted (kro.run/admitted-revision: \""
                      + revision
                      + "\")");
      String phase = waiting == 0 ? RolloutState.COMPLETE : RolloutState.WAITING;
      return decide(state.phase(phase), 0, admitted, message, List.of(), clear, Optional.empty());
    }

    Decision staged(List<RolloutInstance> clear) {
      List<RolloutInstance> selected =
          followers.stream().filter(i -> i.matches(settings.canarySelector())).toList();
      RolloutPlan plan = RolloutPlan.of(settings, followers.size(), selected.size());
      List<RolloutInstance> waiting =
          Stream.concat(selected.stream(), followers.stream().filter(i -> !selected.contains(i)))
              .filter(i -> !i.admittedTo(revision))
              .toList();
      if (fresh && !waiting.isEmpty()) {
        events.add(
            new Event(
                "RolloutStarted",
                "rolling out revision "
                    + revision
                    + " to "
                    + waiting.size()
                    + " of "
                    + followers.size()
                    + " instance(s) in "
                    + plan.steps()
                    + " step(s), starting with a canary of "
                    + plan.canary(),
                false));
      }
      return new Stage(this, plan, waiting, clear).decide(state);
    }

    int admittedCount() {
      return (int) followers.stream().filter(i -> i.admittedTo(revision)).count();
    }

    String onTarget(int on) {
      return on + " of " + followers.size() + " instance(s) on revision " + revision;
    }

    Decision decide(
        RolloutState next,
        int steps,
        int admitted,
        String message,
        List<RolloutInstance> admit,
        List<RolloutInstance> clear,
        Optional<Duration> recheckIn) {
      return new Decision(
          next,
          steps,
          admitted,
          followers.size(),
          message,
          admit,
          clear,
          List.copyOf(events),
          recheckIn.map(d -> d.isNegative() ? Duration.ZERO : d));
    }
  }

  /** The staged rollout's steps: canary, soak, next step, halt. */
  private record Stage(
      Pass pass, RolloutPlan plan, List<RolloutInstance> waiting, List<RolloutInstance> clear) {

    Decision decide(RolloutState current) {
      RolloutSettings settings = pass.settings();
      long revision = pass.revision();
      List<RolloutInstance> admittedNow =
          pass.followers().stream().filter(i -> i.admittedTo(revision)).toList();
      int admitted = admittedNow.size();
      String where = name(current.step()) + ": " + pass.onTarget(admitted);
      if (waiting.isEmpty() && admittedNow.stream().allMatch(i -> i.settledOn(revision))) {
        if (!current.phase().equals(RolloutState.COMPLETE) && !pass.fresh()) {
          pass.events()
              .add(
                  new Event(
                      "RolloutCompleted",
                      "every instance runs revision " + revision + " and is Ready",
                      false));
        }
        return pass.decide(
            current.phase(RolloutState.COMPLETE),
            plan.steps(),
            admitted,
            pass.onTarget(admitted),
            List.of(),
            clear,
            Optional.empty());
      }
      if (settings.paused()) {
        return pass.decide(
            current.phase(RolloutState.PAUSED),
            plan.steps(),
            admitted,
            "paused by kro.run/rollout-paused at " + where,
            List.of(),
            clear,
            Optional.empty());
      }
      RolloutState state = current;
      if (state.halt().isPresent()) {
        if (!promotes(state.step()) || state.resumed().equals(OptionalInt.of(state.step()))) {
          return pass.decide(
              state,
              plan.steps(),
              admitted,
              state.halt().get(),
              List.of(),
              clear,
              Optional.empty());
        }
        state = state.resume(pass.now());
        pass.events()
            .add(
                new Event(
                    "RolloutStepStarted",
                    name(state.step()) + " resumed by kro.run/rollout-promote",
                    false));
      }
      Instant deadline = state.stepStartedAt().plus(settings.deadline());
      Optional<String> halt = halt(admittedNow, deadline);
      if (halt.isPresent()) {
        pass.events().add(new Event("RolloutHalted", halt.get(), true));
        return pass.decide(
            state.halted(halt.get()),
            plan.steps(),
            admitted,
            halt.get(),
            List.of(),
            clear,
            Optional.empty());
      }
      int step = state.step();
      int wanted = plan.admittedAt(step);
      List<RolloutInstance> admit =
          waiting.subList(0, Math.max(0, Math.min(waiting.size(), wanted - admitted)));
      admit.forEach(
          i ->
              pass.events()
                  .add(
                      new Event(
                          "InstanceAdmitted",
                          i.id() + " admitted to revision " + revision + " (" + name(step) + ")",
                          false)));
      Duration toDeadline = Duration.between(pass.now(), deadline);
      long notReady =
          admittedNow.stream().filter(i -> !i.settledOn(revision)).count() + admit.size();
      if (notReady > 0) {
        return pass.decide(
            state.phase(RolloutState.PROGRESSING).readySince(Optional.empty()),
            plan.steps(),
            admitted + admit.size(),
            name(state.step())
                + ": "
                + pass.onTarget(admitted + admit.size())
                + "; waiting for "
                + notReady
                + " to run it and be Ready (deadline "
                + CLOCK.format(deadline)
                + ")",
            admit,
            clear,
            Optional.of(toDeadline));
      }
      Instant readySince = state.readySince().orElse(pass.now());
      Instant soaked = readySince.plus(settings.soak());
      if (promotes(state.step()) || !pass.now().isBefore(soaked)) {
        RolloutState next = state.nextStep(pass.now());
        pass.events()
            .add(
                new Event(
                    "RolloutStepStarted",
                    name(next.step())
                        + " of revision "
                        + revision
                        + " starts: "
                        + (plan.admittedAt(next.step()) - admitted)
                        + " more instance(s)",
                    false));
        return decide(next);
      }
      return pass.decide(
          state.phase(RolloutState.SOAKING).readySince(Optional.of(readySince)),
          plan.steps(),
          admitted,
          where
              + "; soaking "
              + Durations.format(settings.soak())
              + " until "
              + CLOCK.format(soaked),
          List.of(),
          clear,
          Optional.of(Duration.between(pass.now(), soaked)));
    }

    private Optional<String> halt(List<RolloutInstance> admitted, Instant deadline) {
      long revision = pass.revision();
      for (RolloutInstance instance : admitted) {
        if (instance.failedOn(revision)) {
          return Optional.of(
              "halted: instance "
                  + instance.id()
                  + " is in ERROR on revision "
                  + revision
                  + (instance.message().isEmpty() ? "" : ": " + instance.message()));
        }
      }
      if (pass.now().isBefore(deadline)) {
        return Optional.empty();
      }
      return admitted.stream()
          .filter(i -> !i.settledOn(revision))
          .findFirst()
          .map(
              i ->
                  "halted: instance "
                      + i.id()
                      + " is not Ready on revision "
                      + revision
                      + " "
                      + Durations.format(pass.settings().deadline())
                      + " after its step started"
                      + (i.message().isEmpty() ? "" : ": " + i.message()));
    }

    private boolean promotes(int step) {
      OptionalLong promote = pass.settings().promote();
      return promote.isPresent() && promote.getAsLong() == step;
    }

    /** As the console names steps: the canary, then step 1 of n-1. */
    private String name(int step) {
      return step <= 0 ? "the canary" : "step " + step + " of " + Math.max(step, plan.steps() - 1);
    }
  }
}
