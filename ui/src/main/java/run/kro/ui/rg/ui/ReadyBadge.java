package run.kro.ui.rg.ui;

import com.vaadin.flow.component.html.Span;
import run.kro.ui.base.ui.Badges;
import run.kro.ui.rg.ReadyCondition;

/**
 * A Ready condition as a badge (Ready, Not ready, Unknown), with the condition's message as its
 * tooltip.
 */
public final class ReadyBadge {

  private ReadyBadge() {}

  public static Span of(ReadyCondition ready) {
    Span badge =
        switch (ready.status()) {
          case TRUE -> Badges.success("Ready");
          case FALSE -> Badges.error("Not ready");
          case UNKNOWN -> Badges.neutral("Unknown");
        };
    badge.setTitle(ready.message());
    return badge;
  }
}
