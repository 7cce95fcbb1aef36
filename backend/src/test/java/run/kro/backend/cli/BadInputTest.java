package run.kro.backend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import run.kro.backend.source.YamlSourceReader;

/** Bad input gets a clear error naming the file and place; never a stack trace, never a hang. */
@Timeout(60)
class BadInputTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void invalidYaml() throws Exception {
    assertThat(
            validate(
                "broken.yaml",
                "apiVersion: kro.run/v1alpha1\nkind: [ResourceGroup\nmetadata: {}\n"))
        .isEqualTo(1);
    assertThat(out.toString()).matches("(?s).*broken\\.yaml:\\d+:\\d+: invalid YAML: .*");
  }

  @Test
  void emptyFileIsNotAnErrorButChecksNothing() throws Exception {
    assertThat(validate("empty.yaml", "\n# nothing here\n")).isEqualTo(0);
    assertThat(err.toString()).contains("0 ResourceGroup(s)");
  }

  @Test
  void wrongTypesAndUnknownFields() throws Exception {
    assertThat(
            validate(
                "shape.yaml",
                """
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata: {name: shape}
        spec:
          schema: {kind: App, apiVersion: v1alpha1, spec: "not a map"}
          resources: {id: x}
          extra: true
        """))
        .isEqualTo(1);
    assertThat(out.toString())
        .contains("shape.yaml:5:45: spec.schema.spec: expected an object, got string \"not a map\"")
        .contains("shape.yaml:6:3: spec.resources: expected an array, got an object")
        .contains("shape.yaml:7:3: spec.extra: unknown field \"extra\"");
  }

  @Test
  void duplicateKeysAreRefusedAtTheSecondOne() throws Exception {
    assertThat(
            validate(
                "dup.yaml",
                """
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata: {name: dup}
        spec:
          schema: {kind: App, apiVersion: v1alpha1, spec: {name: string}}
          resources:
          - id: config
            template:
              apiVersion: v1
              kind: ConfigMap
              metadata: {name: "${schema.spec.name}"}
              data:
                key: a
                key: b
        """))
        .isEqualTo(1);
    assertThat(out.toString()).contains("dup.yaml:14:12: invalid YAML: Duplicate field 'key'");
  }

  @Test
  void veryLargeFile() throws Exception {
    String huge =
        "apiVersion: v1\nkind: ConfigMap\ndata:\n  blob: \""
            + "x".repeat(YamlSourceReader.MAX_CHARS)
            + "\"\n";
    assertThat(validate("huge.yaml", huge)).isEqualTo(1);
    assertThat(out.toString()).contains("huge.yaml: file is too large");
  }

  @Test
  void deeplyNestedMaps() throws Exception {
    StringBuilder deep = new StringBuilder("a:\n");
    for (int i = 1; i < 200; i++) {
      deep.append("  ".repeat(i)).append("a:\n");
    }
    assertThat(validate("deep.yaml", deep.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains("deep.yaml")
        .contains("nests deeper than " + YamlSourceReader.MAX_DEPTH + " levels");
  }

  @Test
  void binaryFile() throws Exception {
    Path file = dir.resolve("binary.yaml");
    Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1, 2, (byte) 0xFF});
    assertThat(run("validate", "-f", file.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("binary.yaml: not a UTF-8 text file");
  }

  @Test
  void pathologicalExpressionIsReportedQuickly() throws Exception {
    String nested = "(".repeat(400) + "1" + ")".repeat(400);
    long start = System.nanoTime();
    assertThat(
            validate(
                "expr.yaml",
                """
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata: {name: expr}
        spec:
          schema:
            apiVersion: v1alpha1
            kind: Expr
            status:
              n: ${%s + size(schema.spec)}
        """
                    .formatted(nested)))
        .isEqualTo(1);
    assertThat(out.toString()).contains("expr.yaml:9:").contains("spec.schema.status.n");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void neverPrintsAStackTrace() throws Exception {
    validate("broken.yaml", "a: [");
    assertThat(out.toString() + err.toString()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  private int validate(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return run("validate", "-f", file.toString());
  }

  private int run(String... args) {
    return KroCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }
}
