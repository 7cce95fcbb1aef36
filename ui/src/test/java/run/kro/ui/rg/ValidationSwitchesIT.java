package run.kro.ui.rg;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.CompileResult;
import run.kro.testenv.KubeTest;

/**
 * The editor compiles with the controller's switches: with them off (upstream's defaults) it
 * refuses {@code omit()} and cel-java's extra functions as the controller would; with them on it
 * accepts both.
 */
@KubeTest
class ValidationSwitchesIT {

  private static final String USES_OMIT_AND_MATH =
      """
      apiVersion: kro.run/v1alpha1
      kind: ResourceGroup
      metadata:
        name: switches
      spec:
        schema:
          apiVersion: v1alpha1
          kind: Switches
          spec:
            debug: boolean | default=false
            a: integer | default=1
            b: integer | default=2
        resources:
        - id: config
          template:
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: ${schema.metadata.name}
            data:
              level: '${schema.spec.debug ? "debug" : omit()}'
              bigger: ${string(math.greatest(schema.spec.a, schema.spec.b))}
      """;

  @Test
  void upstreamsDefaultsRefuseOmitAndTheExtras(KubernetesClient client) {
    CompileResult result = new ValidationService(client).compile(USES_OMIT_AND_MATH);

    assertThat(result.errors())
        .anySatisfy(e -> assertThat(e.message()).contains("CELOmitFunction"));
    assertThat(result.errors())
        .anySatisfy(
            e ->
                assertThat(e.message())
                    .contains("math.greatest is from cel-java's extra CEL libraries")
                    .contains("kro.controller.cel-extra-libraries=true"));
  }

  @Test
  void theControllersSwitchesOnAcceptBoth(KubernetesClient client) {
    CompileResult result = new ValidationService(client, true, true).compile(USES_OMIT_AND_MATH);

    assertThat(result.errors()).isEmpty();
    assertThat(result.compiled()).isPresent();
  }
}
