package run.kro.ui.revision;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.backend.rollout.RolloutSettings;

/**
 * A ResourceGroup's revisions at one moment: its status and rollout settings, the GraphRevisions
 * kept (newest first) and where each of its instances stands. What could not be read is a sentence
 * in {@code problems}, so the rest still shows.
 *
 * @param exists false when the ResourceGroup is not (or no longer) in the cluster
 */
public record ResourceGroupRevisions(
    ResourceGroupKind kind,
    String name,
    boolean exists,
    RevisionStatus status,
    RolloutSettings.Read settings,
    List<GraphRevision> history,
    List<InstanceRevision> instances,
    List<String> problems) {

  public ResourceGroupRevisions {
    history =
        history.stream()
            .sorted(Comparator.comparingLong(GraphRevision::number).reversed())
            .toList();
    instances = List.copyOf(instances);
    problems = List.copyOf(problems);
  }

  /** The newest revision issued: the status says, else the newest object kept. */
  public OptionalLong latest() {
    if (status.lastIssued().isPresent()) {
      return status.lastIssued();
    }
    return history.isEmpty() ? OptionalLong.empty() : OptionalLong.of(history.get(0).number());
  }

  /**
   * The revision instances should run: the status says, else the rollback annotation, else the
   * latest.
   */
  public OptionalLong target() {
    if (status.target().isPresent()) {
      return status.target();
    }
    return settings.settings().target().isPresent() ? settings.settings().target() : latest();
  }

  public Optional<GraphRevision> revision(long number) {
    return history.stream().filter(r -> r.number() == number).findFirst();
  }

  /** Instances running a revision older than the target, pinned ones excepted. */
  public long behind() {
    return instances.stream().filter(i -> i.behind(target())).count();
  }

  /** The step the rollout is at, which Promote names; empty when no staged rollout is reported. */
  public OptionalLong currentStep() {
    return status.rollout().map(r -> OptionalLong.of(r.step())).orElse(OptionalLong.empty());
  }
}
