package run.kro.ui.revision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The diff between two revisions' accepted specs. */
class RevisionDiffTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aChangedLineIsRemovedThenAddedUnderTheRevisionsNames() throws Exception {
    GraphRevision three = revision(3, "{\"schema\": {\"kind\": \"App\"}, \"replicas\": 1}");
    GraphRevision four = revision(4, "{\"schema\": {\"kind\": \"App\"}, \"replicas\": 2}");

    String diff = RevisionDiff.between(three, four);

    assertThat(diff)
        .startsWith("--- revision 3\n+++ revision 4\n")
        .contains("-replicas: 1\n+replicas: 2\n")
        .contains(" schema:\n");
  }

  @Test
  void theSameSpecOrTheSameRevisionIsASentence() throws Exception {
    GraphRevision one = revision(1, "{\"a\": 1}");

    assertThat(RevisionDiff.between(one, revision(2, "{\"a\": 1}")))
        .isEqualTo("Revisions 1 and 2 accept the same spec.");
    assertThat(RevisionDiff.between(one, one))
        .isEqualTo("Choose two different revisions to compare.");
  }

  @Test
  void aGraphRevisionObjectIsReadFromItsSnapshot() throws Exception {
    var object =
        JSON.readTree(
            """
            {"metadata": {"name": "web.r00002", "creationTimestamp": "2026-12-04T01:00:00Z"},
             "spec": {"revision": 2, "snapshot": {"name": "web", "spec": {"a": 1}}}}""");

    GraphRevision read = GraphRevision.of(object).orElseThrow();

    assertThat(read.number()).isEqualTo(2);
    assertThat(read.name()).isEqualTo("web.r00002");
    assertThat(read.specYaml()).isEqualTo("a: 1\n");
    assertThat(GraphRevision.of(JSON.readTree("{\"spec\": {\"revision\": 2}}"))).isEmpty();
  }

  private static GraphRevision revision(long number, String spec) throws Exception {
    return new GraphRevision(number, "r" + number, Optional.empty(), JSON.readTree(spec));
  }
}
