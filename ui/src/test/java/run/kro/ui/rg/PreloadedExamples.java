package run.kro.ui.rg;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import run.kro.ui.testing.ControllerProcess;

/**
 * The local default's state, reached once per test JVM: the real controller running, every example
 * installed as the run command installs it, and every example instance ACTIVE and Ready.
 */
public final class PreloadedExamples {

  private static final Duration PATIENCE = Duration.ofMinutes(3);
  private static boolean converged;

  private PreloadedExamples() {}

  /** Preloads the examples and waits for their instances, the first time; then returns at once. */
  public static synchronized void await(KubernetesClient admin) throws InterruptedException {
    if (converged) {
      return;
    }
    ControllerProcess.get();
    ExamplePreloader preloader = new ExamplePreloader(admin, PATIENCE);
    assertThat(preloader.preload()).as("examples not preloaded").isEmpty();
    ExampleConvergence.Outcome outcome =
        new ExampleConvergence(admin, Clock.systemUTC())
            .await(preloader.instances(), Instant.now().plus(PATIENCE));
    assertThat(outcome.notReady()).as("example instances not ACTIVE and Ready").isEmpty();
    converged = true;
  }
}
