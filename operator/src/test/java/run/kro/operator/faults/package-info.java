/**
 * Fault ITs: the controller against a faulty API server ({@link
 * run.kro.operator.faults.FaultyApiServer}: errors, slow answers, dropped watches, injected in the
 * client's path) and against the loss of its leader. They use the shared testing fixtures and the
 * real test API server; short in CI, long with the bench profile.
 */
package run.kro.operator.faults;
