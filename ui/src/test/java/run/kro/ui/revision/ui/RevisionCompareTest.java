package run.kro.ui.revision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.backend.rollout.RolloutSettings;
import run.kro.ui.revision.GraphRevision;
import run.kro.ui.revision.ResourceGroupRevisions;
import run.kro.ui.revision.RevisionStatus;

/** Which two revisions the diff compares as the history grows. */
class RevisionCompareTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RevisionCompare compare = new RevisionCompare();

  @Test
  void aSecondRevisionIsComparedWithTheFirst() {
    compare.show(history(1));
    assertThat(chosen()).containsExactly(null, 1L);

    compare.show(history(2, 1));
    assertThat(chosen()).containsExactly(1L, 2L);
  }

  @Test
  void aPairTheUserChoseStaysWhileItIsKept() {
    compare.show(history(3, 2, 1));
    compare.compare(1, 3);

    compare.show(history(4, 3, 2, 1));
    assertThat(chosen()).containsExactly(1L, 3L);

    compare.show(history(5, 4, 3));
    assertThat(chosen()).containsExactly(4L, 5L);
  }

  private static ResourceGroupRevisions history(long... numbers) {
    List<GraphRevision> revisions =
        Arrays.stream(numbers)
            .mapToObj(
                n ->
                    new GraphRevision(
                        n, "web.r0000" + n, Optional.empty(), JSON.createObjectNode().put("n", n)))
            .toList();
    return new ResourceGroupRevisions(
        ResourceGroupKind.RESOURCE_GROUP,
        "web",
        true,
        RevisionStatus.of(JSON.createObjectNode()),
        RolloutSettings.fromAnnotations(Map.of()),
        revisions,
        List.of(),
        List.of());
  }

  @SuppressWarnings("unchecked")
  private List<Long> chosen() {
    return Stream.of("diff-from", "diff-to")
        .map(id -> ((Select<Long>) find(compare, id)).getValue())
        .collect(Collectors.toList());
  }

  private static Component find(Component root, String id) {
    if (root.getId().filter(id::equals).isPresent()) {
      return root;
    }
    return root.getChildren()
        .map(child -> find(child, id))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }
}
