package run.kro.ui.audit;

import run.kro.ui.security.ConsoleUser;

/**
 * Who a write is done for: in the console the signed-in user ({@link AuditConfiguration}); a fixed
 * actor for the console's own setup work and for tests that build services by hand.
 */
@FunctionalInterface
public interface Actor {

  ConsoleUser current();

  static Actor fixed(ConsoleUser user) {
    return () -> user;
  }
}
