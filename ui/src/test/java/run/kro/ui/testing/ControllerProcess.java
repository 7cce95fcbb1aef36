package run.kro.ui.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import run.kro.testenv.KubeTestEnv;

/**
 * The real controller, as a separate process (the console and the controller never share code),
 * running the jar the operator module built against the test API server. One per test JVM, started
 * on first use and stopped at exit. The console's E2Es need it: instances only get children and
 * status from it.
 */
public final class ControllerProcess {

  private static final Path OPERATOR_TARGET = Path.of("..", "operator", "target");
  private static final Path LOG = Path.of("target", "controller-e2e.log");
  private static ControllerProcess started;

  private final Process process;

  private ControllerProcess(Process process) {
    this.process = process;
  }

  public static synchronized ControllerProcess get() {
    if (started == null) {
      started = start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> started.process.destroy()));
    }
    if (!started.process.isAlive()) {
      throw new IllegalStateException(
          "the controller exited with " + started.process.exitValue() + "; see " + LOG);
    }
    return started;
  }

  private static ControllerProcess start() {
    Path jar = jar();
    try {
      Files.createDirectories(LOG.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Xmx512m",
                      "-jar",
                      jar.toString(),
                      "--server.port=0",
                      "--kro.controller.leader-election.enabled=false"))
              .redirectErrorStream(true)
              .redirectOutput(LOG.toFile());
      builder.environment().put("KUBECONFIG", KubeTestEnv.get().kubeconfig().toString());
      Process process = builder.start();
      awaitStarted(process);
      return new ControllerProcess(process);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the controller from " + jar, e);
    }
  }

  private static Path jar() {
    try (Stream<Path> files = Files.list(OPERATOR_TARGET)) {
      return files
          .filter(f -> f.getFileName().toString().matches("kro-operator-.*\\.jar"))
          .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "no controller jar in "
                          + OPERATOR_TARGET.toAbsolutePath()
                          + ": build it first (mvn -pl operator -am package -DskipTests), or run the whole build (mvn verify)"));
    } catch (IOException e) {
      throw new IllegalStateException(
          "no controller jar in "
              + OPERATOR_TARGET.toAbsolutePath()
              + ": build it first (mvn -pl operator -am package -DskipTests)",
          e);
    }
  }

  /** Waits until the log says Spring started (the controller begins reconciling then). */
  private static void awaitStarted(Process process) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    File log = LOG.toFile();
    while (System.nanoTime() < deadline) {
      if (log.exists() && Files.readString(LOG).contains("Started ")) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the controller exited at start; see " + LOG.toAbsolutePath());
      }
      try {
        process.waitFor(200, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    process.destroy();
    throw new IllegalStateException(
        "the controller did not start within 90 s; see " + LOG.toAbsolutePath());
  }
}
