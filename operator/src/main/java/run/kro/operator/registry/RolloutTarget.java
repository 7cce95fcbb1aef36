package run.kro.operator.registry;

import run.kro.backend.rollout.RolloutMode;

/**
 * What the instances of a kind follow (docs/revisions.md): the target revision and how instances
 * behind it move to it.
 */
public record RolloutTarget(RolloutMode mode, long revision) {}
