package run.kro.backend.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.kro.backend.cluster.ClusterOpenApiSchemasTest;

class OpenApiSchemaInlinerTest {

  private OpenApiSchemaInliner inliner;

  @BeforeEach
  void readCases() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    String document = ClusterOpenApiSchemasTest.text("openapi/inliner-cases.json");
    inliner =
        new OpenApiSchemaInliner(
            mapper.readTree(document).path("components").path("schemas"), mapper);
  }

  @Test
  void joinsThePropertiesOfSeveralAllOfParts() throws Exception {
    JSONSchemaProps merged = inliner.inline("example.Merged");

    assertThat(merged.getProperties()).containsOnlyKeys("name", "size");
    assertThat(SchemaShape.describe(merged.getProperties().get("size"))).isEqualTo("integer:int64");
    assertThat(merged.getDescription()).isEqualTo("Two referenced parts joined");
    assertThat(merged.getAllOf()).isNullOrEmpty();
  }

  @Test
  void treatsADanglingReferenceAsAnyObject() throws Exception {
    assertThat(shape("missing")).isEqualTo("any");
  }

  @Test
  void readsAnIntegerOrStringAnyOfAsIntOrString() throws Exception {
    assertThat(shape("port")).isEqualTo("int-or-string");
  }

  @Test
  void readsOtherUntypedUnionsAsAnyValue() throws Exception {
    assertThat(shape("objectOrList")).isEqualTo("any");
  }

  @Test
  void dropsValidationOnlyUnionsBesideAType() throws Exception {
    JSONSchemaProps mode = inliner.inline("example.Holder").getProperties().get("mode");

    assertThat(SchemaShape.describe(mode)).isEqualTo("string");
    assertThat(mode.getOneOf()).isNullOrEmpty();
  }

  @Test
  void cutsASelfReferenceOneLevelDown() throws Exception {
    JSONSchemaProps tree = inliner.inline("example.Holder").getProperties().get("tree");

    assertThat(SchemaShape.describe(SchemaShape.at(tree, "value"))).isEqualTo("string");
    assertThat(SchemaShape.describe(SchemaShape.at(tree, "children"))).isEqualTo("array<any>");
  }

  private String shape(String property) throws Exception {
    return SchemaShape.describe(inliner.inline("example.Holder").getProperties().get(property));
  }
}
