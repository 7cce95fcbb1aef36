package run.kro.ui.audit;

import java.util.List;
import run.kro.ui.security.ConsoleUser;

/** Actors for tests that build the console's services by hand with a plain client. */
public final class AuditActors {

  /** The admin client's user, as the test API server knows it. */
  public static final Actor ADMIN =
      Actor.fixed(new ConsoleUser("test-admin", List.of("system:masters")));

  private AuditActors() {}
}
