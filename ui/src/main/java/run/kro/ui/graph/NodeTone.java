package run.kro.ui.graph;

import java.util.Locale;

/** The colour family of a node; the stylesheet maps each to the console's theme colours. */
public enum NodeTone {
  NEUTRAL,
  READY,
  WAITING,
  IN_PROGRESS,
  SKIPPED,
  ERROR,
  DELETING;

  public String cssClass() {
    return "tone-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
