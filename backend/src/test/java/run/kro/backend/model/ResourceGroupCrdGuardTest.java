package run.kro.backend.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Guard: the CRDs we ship in helm/crds and the Java model describe the same API, field for field.
 */
class ResourceGroupCrdGuardTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void bothKindsShareOneSchema() {
    JsonNode rg =
        JSON.valueToTree(
            ResourceGroupCrds.crd(ResourceGroupKind.RESOURCE_GROUP).getSpec().getVersions());
    JsonNode rgd =
        JSON.valueToTree(
            ResourceGroupCrds.crd(ResourceGroupKind.RESOURCE_GRAPH_DEFINITION)
                .getSpec()
                .getVersions());
    assertThat(rg).isEqualTo(rgd);
  }

  @ParameterizedTest
  @EnumSource(ResourceGroupKind.class)
  void namesMatchTheKind(ResourceGroupKind kind) {
    CustomResourceDefinition crd = ResourceGroupCrds.crd(kind);
    assertThat(crd.getMetadata().getName()).isEqualTo(kind.crdName());
    assertThat(crd.getSpec().getGroup()).isEqualTo(ResourceGroupKind.GROUP);
    assertThat(crd.getSpec().getScope()).isEqualTo("Cluster");
    assertThat(crd.getSpec().getNames().getKind()).isEqualTo(kind.kind());
    assertThat(crd.getSpec().getNames().getPlural()).isEqualTo(kind.plural());
    assertThat(crd.getSpec().getNames().getShortNames()).containsExactly(kind.shortName());
    assertThat(crd.getSpec().getVersions())
        .singleElement()
        .satisfies(v -> assertThat(v.getName()).isEqualTo(ResourceGroupKind.VERSION))
        .satisfies(v -> assertThat(v.getSubresources().getStatus()).isNotNull());
  }

  @ParameterizedTest
  @EnumSource(ResourceGroupKind.class)
  void thePackagedCrdIsTheOneInHelm(ResourceGroupKind kind) throws Exception {
    Path helm = Path.of("..", "helm", "crds", ResourceGroupCrds.fileName(kind));
    CustomResourceDefinition fromHelm =
        new ObjectMapper(new YAMLFactory())
            .readValue(Files.readString(helm), CustomResourceDefinition.class);
    JsonNode helmTree = JSON.valueToTree(fromHelm);
    JsonNode packagedTree = JSON.valueToTree(ResourceGroupCrds.crd(kind));
    assertThat(helmTree).isEqualTo(packagedTree);
  }

  @Test
  void specSchemaAndModelHaveTheSameFields() {
    JSONSchemaProps spec =
        ResourceGroupCrds.schema(ResourceGroupKind.RESOURCE_GROUP).getProperties().get("spec");
    assertThat(mismatches(ResourceGroupSpec.class, spec, "spec")).isEmpty();
  }

  @Test
  void statusSchemaAndModelHaveTheSameFields() {
    JSONSchemaProps status =
        ResourceGroupCrds.schema(ResourceGroupKind.RESOURCE_GROUP).getProperties().get("status");
    assertThat(mismatches(ResourceGroupStatus.class, status, "status")).isEmpty();
  }

  @Test
  void theGuardNoticesADifference() {
    JSONSchemaProps trimmed =
        JSON.convertValue(
            JSON.valueToTree(
                ResourceGroupCrds.schema(ResourceGroupKind.RESOURCE_GROUP)
                    .getProperties()
                    .get("status")),
            JSONSchemaProps.class);
    trimmed.getProperties().remove("topologicalOrder");
    trimmed.getProperties().put("extra", new JSONSchemaProps());
    assertThat(mismatches(ResourceGroupStatus.class, trimmed, "status"))
        .containsExactlyInAnyOrder(
            "status.topologicalOrder: in the model, not in the CRD",
            "status.extra: in the CRD, not in the model");
  }

  /**
   * Walks a record type and an object schema side by side; returns the fields only one of them has.
   */
  private static List<String> mismatches(Class<?> type, JSONSchemaProps schema, String path) {
    List<String> problems = new ArrayList<>();
    if (!type.isRecord()) {
      return problems;
    }
    Map<String, JSONSchemaProps> properties =
        schema.getProperties() == null ? Map.of() : schema.getProperties();
    Set<String> fromModel = new TreeSet<>();
    for (RecordComponent component : type.getRecordComponents()) {
      fromModel.add(component.getName());
      JSONSchemaProps property = properties.get(component.getName());
      if (property == null) {
        problems.add(path + "." + component.getName() + ": in the model, not in the CRD");
        continue;
      }
      problems.addAll(
          mismatches(component.getGenericType(), property, path + "." + component.getName()));
    }
    properties.keySet().stream()
        .filter(p -> !fromModel.contains(p))
        .forEach(p -> problems.add(path + "." + p + ": in the CRD, not in the model"));
    return problems;
  }

  private static List<String> mismatches(Type type, JSONSchemaProps schema, String path) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type argument =
          parameterized.getActualTypeArguments()[parameterized.getActualTypeArguments().length - 1];
      if (raw == Optional.class) {
        return mismatches(argument, schema, path);
      }
      if (raw == List.class) {
        return mismatches(argument, schema.getItems().getSchema(), path + "[]");
      }
      return List.of();
    }
    if (type == ForEachDimension.class) {
      return schema.getAdditionalProperties() == null
          ? List.of(path + ": expected a map of iterator to expression")
          : List.of();
    }
    return mismatches((Class<?>) type, schema, path);
  }
}
