package run.kro.testenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code scripts/kube-testenv}, found by walking up from the working directory to the
 * repository root.
 */
final class TestEnvScript {

  private static final String SCRIPT = "scripts/kube-testenv";
  private static final long TIMEOUT_MINUTES = 25;

  private TestEnvScript() {}

  /** What the script printed on its standard output, and how it exited. */
  record Result(int exitCode, String output) {}

  /**
   * The script's standard output; its standard error goes to this JVM's (build progress, server log
   * on failure).
   */
  static String run(List<String> arguments) {
    Result result = exec(arguments);
    if (result.exitCode() != 0) {
      throw new IllegalStateException(
          SCRIPT
              + " "
              + String.join(" ", arguments)
              + " failed with exit code "
              + result.exitCode()
              + " (see its messages above)");
    }
    return result.output();
  }

  /** Runs the script, whatever its exit code. */
  static Result exec(List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(script().toString()));
    command.addAll(arguments);
    try {
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Best effort: a leftover temporary folder is harmless.
    }
  }

  private static Path script() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isExecutable(dir.resolve(SCRIPT))) {
        return dir.resolve(SCRIPT);
      }
    }
    throw new IllegalStateException(
        "cannot find " + SCRIPT + " above " + Path.of("").toAbsolutePath());
  }
}
