package run.kro.backend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kro render} end to end, one folder per case under {@code src/test/resources/cli/render}:
 * {@code rg.yaml}, {@code instance.yaml}, an optional {@code observed/} folder (given with {@code
 * --observed}) and an optional {@code args} file (more arguments, one per line). Standard output
 * must be {@code expected.out}; standard error followed by {@code exit N} must be {@code
 * expected.err}. A mismatch writes both to {@code target/render-command/}.
 */
class RenderCommandGoldenTest {

  private static final Path CASES = Path.of("src/test/resources/cli/render");

  static List<Path> cases() throws IOException {
    try (Stream<Path> folders = Files.list(CASES)) {
      return folders.filter(Files::isDirectory).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void printsWhatTheControllerWouldApply(Path folder) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        KroCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args(folder));
    String actualOut = out.toString();
    String actualErr = err + "exit " + exit + "\n";

    String expectedOut = expected(folder.resolve("expected.out"));
    String expectedErr = expected(folder.resolve("expected.err"));
    if (!actualOut.equals(expectedOut) || !actualErr.equals(expectedErr)) {
      writeActual(folder, actualOut, actualErr);
    }
    assertThat(actualErr).isEqualTo(expectedErr);
    assertThat(actualOut).isEqualTo(expectedOut);
  }

  private static String[] args(Path folder) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "render",
                "-f",
                folder.resolve("rg.yaml").toString(),
                "--instance",
                folder.resolve("instance.yaml").toString()));
    if (Files.isDirectory(folder.resolve("observed"))) {
      args.addAll(List.of("--observed", folder.resolve("observed").toString()));
    }
    if (Files.exists(folder.resolve("args"))) {
      Files.readAllLines(folder.resolve("args")).stream()
          .filter(l -> !l.isBlank())
          .forEach(args::add);
    }
    return args.toArray(String[]::new);
  }

  /**
   * The expectation, or null when the file is missing (the test then fails, showing the actual
   * text).
   */
  private static String expected(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : null;
  }

  private static void writeActual(Path folder, String out, String err) {
    try {
      Path dir = Path.of("target", "render-command", folder.getFileName().toString());
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("expected.out"), out);
      Files.writeString(dir.resolve("expected.err"), err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
