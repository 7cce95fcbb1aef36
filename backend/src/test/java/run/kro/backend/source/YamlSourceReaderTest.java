package run.kro.backend.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.diagnostics.SourcePosition;
import run.kro.backend.diagnostics.Stage;

class YamlSourceReaderTest {

  private final YamlSourceReader reader = new YamlSourceReader();

  @Test
  void recordsThePositionOfEveryKeyAndValue() throws Exception {
    SourceDocument doc =
        reader.readSingle(
            "rg.yaml",
            """
        spec:
          resources:
          - id: web
            template:
              spec:
                replicas: 3
        """);
    FieldPath replicas = FieldPath.parse("spec.resources[0].template.spec.replicas");
    assertThat(doc.sourceMap().valuePosition(replicas)).contains(new SourcePosition(6, 19));
    assertThat(doc.sourceMap().keyPosition(replicas)).contains(new SourcePosition(6, 9));
    assertThat(doc.sourceMap().keyPosition(FieldPath.parse("spec.resources[0].id")))
        .contains(new SourcePosition(3, 5));
  }

  @Test
  void fallsBackToTheNearestEnclosingNodeForMissingFields() throws Exception {
    SourceDocument doc = reader.readSingle("rg.yaml", "spec:\n  schema:\n    kind: A\n");
    assertThat(doc.sourceMap().keyPosition(FieldPath.parse("spec.schema.apiVersion")))
        .contains(new SourcePosition(3, 5));
  }

  @Test
  void pointsInsideStringValues() throws Exception {
    SourceDocument doc =
        reader.readSingle(
            "rg.yaml",
            """
        a: ${schema.spec.x}
        b: "${schema.spec.y}"
        c: |
          line one
          ${x.y}
        """);
    assertThat(doc.sourceMap().positionWithin(FieldPath.of("a"), 2))
        .contains(new SourcePosition(1, 6));
    assertThat(doc.sourceMap().positionWithin(FieldPath.of("b"), 2))
        .contains(new SourcePosition(2, 7));
    assertThat(doc.sourceMap().positionWithin(FieldPath.of("c"), 11))
        .contains(new SourcePosition(5, 5));
  }

  @Test
  void readsEmptyValuesAsNullAndQuotedEmptyStringsAsStrings() throws Exception {
    SourceDocument doc =
        reader.readSingle(
            "rg.yaml",
            """
        empty:
        tilde: ~
        word: null
        doubleQuoted: ""
        singleQuoted: ''
        block: |
        items:
        -
        - x
        """);
    JsonNode root = doc.root();
    assertThat(List.of("empty", "tilde", "word"))
        .allSatisfy(key -> assertThat(root.get(key).isNull()).as(key).isTrue());
    assertThat(List.of("doubleQuoted", "singleQuoted", "block"))
        .allSatisfy(key -> assertThat(root.get(key).textValue()).as(key).isEmpty());
    assertThat(root.get("items").get(0).isNull()).isTrue();
    assertThat(doc.sourceMap().valuePosition(FieldPath.of("empty"))).isPresent();
  }

  @Test
  void readsEveryDocumentOfAMultiDocumentFile() throws Exception {
    List<SourceDocument> docs = reader.read("two.yaml", "a: 1\n---\nb: 2\n---\n");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(1).sourceMap().valuePosition(FieldPath.of("b")))
        .contains(new SourcePosition(3, 4));
  }

  @Test
  void reportsSyntaxErrorsWithTheirPlace() {
    CompileError error = errorOf("a: 1\nb: [1, 2\nc: 3\n");
    assertThat(error.stage()).isEqualTo(Stage.YAML);
    assertThat(error.message()).startsWith("invalid YAML:");
    assertThat(error.position()).isPresent();
    assertThat(error.position().get().line()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void rejectsDuplicateKeys() {
    CompileError error = errorOf("a: 1\nb: 2\na: 3\n");
    assertThat(error.message()).contains("Duplicate field 'a'");
    assertThat(error.position()).contains(new SourcePosition(3, 2));
  }

  @Test
  void rejectsDeepNestingWithAClearMessage() {
    String deep =
        "a: ".repeat(1)
            + "[".repeat(YamlSourceReader.MAX_DEPTH + 5)
            + "]".repeat(YamlSourceReader.MAX_DEPTH + 5);
    assertThat(errorOf(deep).message()).contains("nests deeper than " + YamlSourceReader.MAX_DEPTH);
  }

  @Test
  void rejectsVeryLargeFilesWithoutParsingThem() {
    String huge = "a: \"" + "x".repeat(YamlSourceReader.MAX_CHARS) + "\"\n";
    assertThat(errorOf(huge).message()).startsWith("file is too large");
  }

  @Test
  void rejectsEmptyInputWhereOneDocumentIsExpected() {
    assertThatThrownBy(() -> reader.readSingle("empty.yaml", "  \n# only a comment\n"))
        .isInstanceOf(YamlSyntaxException.class)
        .hasMessageContaining("the file is empty");
  }

  private CompileError errorOf(String text) {
    try {
      reader.read("bad.yaml", text);
    } catch (YamlSyntaxException e) {
      return e.error();
    }
    throw new AssertionError(
        "expected a YAML error for: " + text.substring(0, Math.min(40, text.length())));
  }
}
