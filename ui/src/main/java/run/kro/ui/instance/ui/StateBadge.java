package run.kro.ui.instance.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import run.kro.ui.base.ui.Badges;
import run.kro.ui.rg.ReadyCondition;
import run.kro.ui.rg.ui.ReadyBadge;

/** An instance's state and Ready condition as badges, with the condition's message as tooltip. */
final class StateBadge {

  private StateBadge() {}

  static Span of(Optional<String> state, boolean deleting) {
    if (deleting) {
      return Badges.neutral("DELETING");
    }
    return Badges.state(state);
  }

  static Span ready(ReadyCondition ready) {
    return ReadyBadge.of(ready);
  }
}
