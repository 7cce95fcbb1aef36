package run.kro.backend.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one table of figures that docs/performance.md publishes. Each module's benchmark prints its
 * rows and writes them to the file named by the system property {@value #FILE_PROPERTY}; {@code
 * bin/kro-bench} prints the files together under one header, so a whole run gives the table as
 * published.
 */
public final class BenchTable {

  public static final String FILE_PROPERTY = "kro.bench.table";
  public static final String HEADER =
      "| area | measure | size | result | target |\n|---|---|---|---|---|";

  /** One line of the table; {@code target} is empty where the issue sets none. */
  public record Row(String area, String measure, String size, String result, String target) {

    String markdown() {
      return "| "
          + String.join(" | ", area, measure, size, result, target.isEmpty() ? "—" : target)
          + " |";
    }
  }

  private final List<Row> rows = new ArrayList<>();

  /** The {@code p}th percentile of ascending {@code sorted} values (nearest rank). */
  public static double percentile(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  public void add(Row row) {
    rows.add(row);
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  /**
   * Prints the rows under the header, and writes them (without it) to the file the run names, if
   * any.
   */
  public void publish(PrintStream out) {
    out.println();
    out.println(HEADER);
    rows.forEach(row -> out.println(row.markdown()));
    out.println();
    String file = System.getProperty(FILE_PROPERTY);
    if (file != null) {
      write(Path.of(file));
    }
  }

  void write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, rows.stream().map(Row::markdown).toList(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the benchmark table to " + file, e);
    }
  }
}
