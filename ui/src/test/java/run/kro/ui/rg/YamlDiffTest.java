package run.kro.ui.rg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlDiffTest {

  @Test
  void aNewObjectIsAllAdditions() {
    assertThat(YamlDiff.unified("stored", "", "after save", "kind: A\nspec: {}\n"))
        .isEqualTo("--- stored\n+++ after save\n@@ -0,0 +1,2 @@\n+kind: A\n+spec: {}\n");
  }

  @Test
  void aChangedLineIsRemovedAndAddedWithItsContext() {
    String before = "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\n";
    String after = before.replace("e: 5", "e: 50");

    assertThat(YamlDiff.unified("stored", before, "after save", after))
        .isEqualTo(
            "--- stored\n+++ after save\n@@ -2,5 +2,5 @@\n b: 2\n c: 3\n d: 4\n-e: 5\n+e: 50\n f: 6\n");
  }

  @Test
  void equalTextsHaveNoDiff() {
    assertThat(YamlDiff.unified("stored", "a: 1\n", "after save", "a: 1\n")).isEmpty();
  }
}
