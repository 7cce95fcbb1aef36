package run.kro.ui.instance;

import java.time.Duration;

/** The instance services' defaults, in one place. */
public final class InstanceDefaults {

  /**
   * The field manager of instances written from the console (the same as for ResourceGroups saved
   * there).
   */
  public static final String FIELD_MANAGER = "kro-console";

  /**
   * How long a live view waits after a change for more changes of the same burst before it redraws.
   */
  public static final Duration DEBOUNCE = Duration.ofMillis(200);

  /** Namespaces offered when the console may not list namespaces: a comma-separated list. */
  public static final String NAMESPACES_PROPERTY = "kro.console.namespaces";

  public static final String DEFAULT_NAMESPACE = "default";

  private InstanceDefaults() {}
}
