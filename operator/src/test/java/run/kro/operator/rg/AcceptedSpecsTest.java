package run.kro.operator.rg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import org.junit.jupiter.api.Test;
import run.kro.operator.kube.CanonicalJson;

class AcceptedSpecsTest {

  @Test
  void aSpecRecordedOnACrdReadsBackWithItsRevisionAndHash() throws Exception {
    JsonNode spec =
        new ObjectMapper()
            .readTree(
                "{\"schema\":{\"kind\":\"App\",\"spec\":{\"name\":\"string\"}},\"resources\":[{\"id\":\"a\","
                    + "\"template\":{\"data\":{\"x\":\"${schema.spec.name + \\\"!\\\"}\"}}}]}");
    CustomResourceDefinition crd =
        new CustomResourceDefinitionBuilder()
            .withNewMetadata()
            .withName("apps.kro.run")
            .endMetadata()
            .build();

    AcceptedSpecs.Accepted read =
        AcceptedSpecs.readFrom(AcceptedSpecs.recordedOn(crd, spec, 7)).orElseThrow();

    assertThat(read.spec()).isEqualTo(spec);
    assertThat(read.revision()).isEqualTo(7);
    assertThat(read.hash()).isEqualTo(CanonicalJson.hash(spec));
    assertThat(AcceptedSpecs.readFrom(new CustomResourceDefinition())).isEmpty();
  }
}
