package run.kro.backend.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds golden test cases: input files in a test resource folder, each with an optional expectation
 * file beside it.
 */
public final class GoldenCases {

  private GoldenCases() {}

  /**
   * The ending of a case's CRD file: kinds the case's ResourceGroup uses beside the built-in ones.
   */
  public static final String CRDS = ".crds.yaml";

  /**
   * The {@code .yaml} files directly in the classpath folder {@code folder} (not {@code
   * .expected.yaml} nor {@code .crds.yaml}), sorted.
   */
  public static List<Path> inputs(String folder) {
    URL url = GoldenCases.class.getClassLoader().getResource(folder);
    if (url == null) {
      throw new IllegalStateException("no test resource folder " + folder);
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      List<Path> inputs =
          files
              .filter(p -> p.toString().endsWith(".yaml"))
              .filter(p -> !p.toString().endsWith(".expected.yaml") && !p.toString().endsWith(CRDS))
              .sorted()
              .toList();
      if (inputs.isEmpty()) {
        throw new IllegalStateException("no golden cases in " + folder);
      }
      return inputs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file beside {@code input} with its {@code .yaml} ending replaced by {@code ending}. */
  public static Optional<Path> sibling(Path input, String ending) {
    Path sibling =
        input.resolveSibling(input.getFileName().toString().replaceFirst("\\.yaml$", ending));
    return Files.exists(sibling) ? Optional.of(sibling) : Optional.empty();
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The non-empty lines of an expectation file. */
  public static List<String> lines(Path file) {
    return read(file).lines().filter(l -> !l.isBlank()).toList();
  }
}
