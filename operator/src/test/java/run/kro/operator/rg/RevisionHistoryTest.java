package run.kro.operator.rg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import run.kro.operator.rg.GraphRevisions.Revision;

class RevisionHistoryTest {

  private static final List<Revision> TWELVE =
      LongStream.rangeClosed(1, 12)
          .mapToObj(n -> new Revision("web.r" + n, n, JsonNodeFactory.instance.objectNode()))
          .toList();

  @Test
  void collectsWhatIsOlderThanTheNewestKept() {
    assertThat(numbers(RevisionHistory.toCollect(TWELVE, 10, Set.of()))).containsExactly(1L, 2L);
  }

  @Test
  void neverCollectsARevisionAnInstanceUses() {
    assertThat(numbers(RevisionHistory.toCollect(TWELVE, 10, Set.of(1L, 12L)))).containsExactly(2L);
    assertThat(numbers(RevisionHistory.toCollect(TWELVE, 3, Set.of(4L))))
        .containsExactly(1L, 2L, 3L, 5L, 6L, 7L, 8L, 9L);
  }

  @Test
  void alwaysKeepsTheLatest() {
    assertThat(numbers(RevisionHistory.toCollect(TWELVE, 0, Set.of()))).doesNotContain(12L);
    assertThat(RevisionHistory.toCollect(TWELVE.subList(0, 1), 1, Set.of())).isEmpty();
  }

  private static List<Long> numbers(List<Revision> revisions) {
    return revisions.stream().map(Revision::number).toList();
  }
}
