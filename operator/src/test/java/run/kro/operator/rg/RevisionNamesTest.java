package run.kro.operator.rg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import run.kro.backend.model.ResourceGroupKind;

class RevisionNamesTest {

  @Test
  void aResourceGraphDefinitionsRevisionIsNamedAsUpstreamNamesIt() {
    assertThat(
            RevisionNames.of(
                new ResourceGroupKey(ResourceGroupKind.RESOURCE_GRAPH_DEFINITION, "my-webapp"), 3))
        .isEqualTo("my-webapp-r00003");
  }

  @Test
  void aResourceGroupsRevisionCannotShareANameWithAResourceGraphDefinitions() {
    String resourceGroups =
        RevisionNames.of(new ResourceGroupKey(ResourceGroupKind.RESOURCE_GROUP, "web"), 12);
    assertThat(resourceGroups).isEqualTo("web.r00012");
    // The ResourceGraphDefinition "web.r00012" names its revision "web.r00012-r00012", and none
    // ends with ".r" and five digits.
    assertThat(
            RevisionNames.of(
                new ResourceGroupKey(ResourceGroupKind.RESOURCE_GRAPH_DEFINITION, "web"), 12))
        .isNotEqualTo(resourceGroups);
  }

  @Test
  void aLongNameIsShortenedToFitAndStaysUniqueByItsHash() {
    String base = "a".repeat(240) + "-";
    String first =
        RevisionNames.of(new ResourceGroupKey(ResourceGroupKind.RESOURCE_GROUP, base + "one"), 1);
    String second =
        RevisionNames.of(new ResourceGroupKey(ResourceGroupKind.RESOURCE_GROUP, base + "two"), 1);
    assertThat(first).hasSizeLessThanOrEqualTo(RevisionNames.MAX_LENGTH).endsWith(".r00001");
    assertThat(second).hasSizeLessThanOrEqualTo(RevisionNames.MAX_LENGTH).isNotEqualTo(first);
    assertThat(first).doesNotContain("-.", "--");
  }
}
