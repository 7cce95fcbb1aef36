package run.kro.ui.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.model.ResourceGroupKind;

class InstanceDraftTest {

  private static final InstanceApi API =
      new InstanceApi(
          "widgets",
          ResourceGroupKind.RESOURCE_GROUP,
          new GroupVersionKind("kro.run", "v1alpha1", "Widget"),
          "widgets",
          true,
          Optional.empty());

  @Test
  void fillsTheApiAndNamespaceAndDropsWhatTheServerOwns() throws Exception {
    ObjectNode draft =
        InstanceDraft.of(
            API,
            "team-a",
            json(
                """
        {"metadata": {"name": "shop", "resourceVersion": "7", "uid": "x", "managedFields": []},
         "spec": {"replicas": 2}, "status": {"state": "ACTIVE"}}"""));

    assertThat(draft.toString())
        .isEqualTo(
            "{\"metadata\":{\"name\":\"shop\",\"namespace\":\"team-a\"},"
                + "\"spec\":{\"replicas\":2},\"apiVersion\":\"kro.run/v1alpha1\",\"kind\":\"Widget\"}");
  }

  @Test
  void refusesAnotherKindANamespaceMismatchAndAMissingName() {
    assertThatThrownBy(
            () ->
                InstanceDraft.of(
                    API, "team-a", json("{\"kind\": \"Gadget\", \"metadata\": {\"name\": \"a\"}}")))
        .hasMessage("kind is \"Gadget\", but ResourceGroup \"widgets\" serves Widget");
    assertThatThrownBy(
            () ->
                InstanceDraft.of(
                    API, "team-a", json("{\"metadata\": {\"name\": \"a\", \"namespace\": \"b\"}}")))
        .hasMessage("metadata.namespace is \"b\", but the instance is saved in \"team-a\"");
    assertThatThrownBy(() -> InstanceDraft.of(API, "team-a", json("{\"spec\": {}}")))
        .hasMessage("metadata.name: a name is required");
    assertThatThrownBy(
            () -> InstanceDraft.of(API, "team-a", json("{\"metadata\": {\"name\": \"Bad_Name\"}}")))
        .hasMessageStartingWith(
            "metadata.name: \"Bad_Name\" is not a valid name: use lower-case letters");
    assertThatThrownBy(() -> InstanceDraft.of(API, " ", json("{\"metadata\": {\"name\": \"a\"}}")))
        .hasMessageStartingWith("a namespace is required");
  }

  private static ObjectNode json(String text) {
    try {
      return (ObjectNode) new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
