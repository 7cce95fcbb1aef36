/**
 * The console's audit trail: every write the console makes on a person's behalf is logged as one
 * JSON line (logger {@code kro.audit}) and recorded as a Kubernetes Event on the written object.
 * May use {@code base} and the {@code security} package's {@code ConsoleUser}; the services that
 * write call it, it calls nothing of theirs.
 */
package run.kro.ui.audit;
