package run.kro.backend.fuzz;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input at a time on a worker thread under a watchdog: an input that takes longer
 * than the limit fails the test with the input in the message (the worker is abandoned, as it may
 * never return).
 */
final class FuzzRun implements AutoCloseable {

  /**
   * Per-input limit; generous so that a slow CI machine does not flake, tight enough to catch a
   * hang.
   */
  static final Duration LIMIT = Duration.ofSeconds(2);

  /** The fixed seed of every fuzzer, so that a failure can be replayed. */
  static final long SEED = 20261125L;

  /**
   * How many inputs each fuzzer tries: {@code -Dkro.fuzz.inputs=N}; small by default for the unit
   * suite.
   */
  static final int INPUTS = Integer.getInteger("kro.fuzz.inputs", 2_000);

  private ExecutorService worker = newWorker();

  /** Runs {@code check} on {@code input}; any exception or a timeout fails with the input shown. */
  void check(String what, String input, Runnable check) {
    Future<?> run = worker.submit(check);
    try {
      run.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      fail(what + " took longer than " + LIMIT + " on input:\n" + shown(input));
    } catch (ExecutionException e) {
      throw new AssertionError(what + " failed on input:\n" + shown(input), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static String shown(String input) {
    String escaped =
        input.length() > 4_000
            ? input.substring(0, 4_000) + "…(" + input.length() + " chars)"
            : input;
    return "<<<" + escaped + ">>>";
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          // a deep stack, so that deep nesting shows as a thrown error rather than a
          // StackOverflowError in the harness
          Thread thread = new Thread(null, r, "fuzz-worker", 4L << 20);
          thread.setDaemon(true);
          return thread;
        });
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
