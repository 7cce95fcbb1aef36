package run.kro.backend.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldPathTest {

  @Test
  void printsKeysIndexesAndQuotedKeysAsKroDoes() {
    FieldPath path = FieldPath.of("metadata", "labels").field("app.kubernetes.io/name");
    assertThat(path).hasToString("metadata.labels[\"app.kubernetes.io/name\"]");
    assertThat(FieldPath.of("spec", "ports").index(0).field("name"))
        .hasToString("spec.ports[0].name");
    assertThat(FieldPath.of("data").field("")).hasToString("data[\"\"]");
    assertThat(FieldPath.ROOT).hasToString("");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "spec.ports[0].name",
        "metadata.labels[\"a.b/c\"]",
        "a[1][2].b",
        "x[\"q\\\"uote\"]",
        "data[\"\"]"
      })
  void parsesWhatItPrints(String text) {
    assertThat(FieldPath.parse(text)).hasToString(text);
  }

  @Test
  void convertsToJsonPointerAndRelativePaths() {
    FieldPath template = FieldPath.of("spec", "resources").index(2).field("template");
    FieldPath replicas = template.resolve(FieldPath.of("spec", "replicas"));
    assertThat(replicas.toPointer()).hasToString("/spec/resources/2/template/spec/replicas");
    assertThat(replicas.relativeTo(template)).hasToString("spec.replicas");
    assertThat(FieldPath.of("a").field("b/c").toPointer()).hasToString("/a/b~1c");
  }

  @Test
  void rejectsMalformedPaths() {
    assertThatThrownBy(() -> FieldPath.parse("a[1")).isInstanceOf(IllegalArgumentException.class);
  }
}
