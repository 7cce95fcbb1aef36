package run.kro.operator.registry;

import java.util.OptionalLong;
import run.kro.backend.rollout.RolloutMode;

/**
 * How a kind's instances follow revisions, as its ResourceGroup's annotations choose
 * (docs/revisions.md#settings).
 *
 * @param target the revision a rollback chose; empty: the latest, whichever it is
 */
public record RolloutPolicy(RolloutMode mode, OptionalLong target) {

  public static final RolloutPolicy AUTO =
      new RolloutPolicy(RolloutMode.AUTO, OptionalLong.empty());
}
