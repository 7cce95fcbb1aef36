package run.kro.backend.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhTableTest {

  @Test
  void turnsJmhResultsIntoTableRows() throws Exception {
    JsonNode results =
        new ObjectMapper().readTree(getClass().getResource("/bench/jmh-sample.json"));

    assertThat(JmhTable.row(results.get(0)))
        .isEqualTo(
            new BenchTable.Row(
                "engine",
                "compile a ResourceGroup (JMH)",
                "50 resources",
                "12.3 ± 0.43 ms/op",
                ""));
    // A pipe inside a cell would split the Markdown row.
    assertThat(JmhTable.row(results.get(1)))
        .isEqualTo(
            new BenchTable.Row(
                "engine",
                "CEL evaluations per second (JMH)",
                "`a \\|\\| b`",
                "4,321,988 ± 12,346 ops/s",
                ""));
  }

  @Test
  void percentilesAreNearestRank() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};

    assertThat(BenchTable.percentile(sorted, 50)).isEqualTo(10);
    assertThat(BenchTable.percentile(sorted, 95)).isEqualTo(19);
    assertThat(BenchTable.percentile(sorted, 100)).isEqualTo(20);
  }

  @Test
  void writesRowsWithoutTheHeaderForTheScriptToJoin(@TempDir Path dir) throws Exception {
    BenchTable table = new BenchTable();
    table.add(
        new BenchTable.Row("console", "round trip", "50 resources", "p95 61 ms", "p95 < 150 ms"));
    table.add(new BenchTable.Row("engine", "compile", "5 resources", "1 ms", ""));

    table.write(dir.resolve("bench/table.md"));

    assertThat(Files.readAllLines(dir.resolve("bench/table.md")))
        .containsExactly(
            "| console | round trip | 50 resources | p95 61 ms | p95 < 150 ms |",
            "| engine | compile | 5 resources | 1 ms | — |");
  }
}
