package run.kro.operator.kube;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.KroMetadata;

/** What the watch caches keep of an object, and that kro still reads from it what it needs. */
class CompactObjectsTest {

  private static final String CHILD =
      """
      {"apiVersion": "v1", "kind": "ConfigMap",
       "metadata": {"name": "%s", "namespace": "team-a", "labels": {"kro.run/owned": "true", "app": "shop"},
         "managedFields": [
           {"manager": "kro.run/applyset", "operation": "Apply", "apiVersion": "v1", "fieldsType": "FieldsV1",
            "fieldsV1": {"f:data": {"f:kept": {}, "f:gone": {}}, "f:metadata": {"f:labels": {"f:app": {}}}}},
           {"manager": "kubectl-edit", "operation": "Update", "apiVersion": "v1", "fieldsType": "FieldsV1",
            "fieldsV1": {"f:data": {"f:theirs": {}}}}]},
       "data": {"kept": "shop", "gone": "old", "theirs": "x"}}
      """;

  @Test
  void keepsOnlyTheNamedManagersApplyEntryAndWhatItSays() throws Exception {
    GenericKubernetesResource child = child("a");
    JsonNode desired =
        Json.MAPPER.readTree(
            """
        {"data": {"kept": "shop"}, "metadata": {"labels": {"app": "shop"}}}""");
    boolean droppedBefore =
        OwnedFields.droppedFrom(
            desired, Json.MAPPER.valueToTree(child), KroMetadata.FIELD_MANAGER_APPLYSET);

    CompactObjects.keepingAppliedBy(KroMetadata.FIELD_MANAGER_APPLYSET).compact(child);

    assertThat(child.getMetadata().getManagedFields())
        .singleElement()
        .satisfies(
            entry -> assertThat(entry.getManager()).isEqualTo(KroMetadata.FIELD_MANAGER_APPLYSET));
    assertThat(droppedBefore).isTrue();
    assertThat(
            OwnedFields.droppedFrom(
                desired, Json.MAPPER.valueToTree(child), KroMetadata.FIELD_MANAGER_APPLYSET))
        .as("kro still sees the field it no longer sets")
        .isTrue();
    assertThat(child.getAdditionalProperties().get("data"))
        .isEqualTo(Map.of("kept", "shop", "gone", "old", "theirs", "x"));
  }

  @Test
  void dropsEveryManagedFieldsEntryAndNamedFieldsWhenAsked() throws Exception {
    GenericKubernetesResource object = child("a");

    CompactObjects.withoutManagedFields().dropping("data").compact(object);

    assertThat(object.getMetadata().getManagedFields()).isEmpty();
    assertThat(object.getAdditionalProperties()).doesNotContainKey("data");
    assertThat(Json.MAPPER.valueToTree(object).path("metadata").has("managedFields"))
        .as("nothing sent on update")
        .isFalse();
  }

  static GenericKubernetesResource child(String name) throws Exception {
    return Json.MAPPER.readValue(CHILD.formatted(name), GenericKubernetesResource.class);
  }
}
