package run.kro.ui.rg;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import org.junit.jupiter.api.Test;
import run.kro.ui.base.YamlText;

class ApiServerNumbersTest {

  @Test
  void wholeNumberBoundsAreWrittenWithoutAFraction() {
    var schema =
        new JSONSchemaPropsBuilder().withType("integer").withMinimum(0d).withMaximum(2.5d).build();

    String yaml = YamlText.write(ApiServerNumbers.of(schema));

    assertThat(yaml).contains("minimum: 0\n").contains("maximum: 2.5\n").doesNotContain("0.0");
  }
}
