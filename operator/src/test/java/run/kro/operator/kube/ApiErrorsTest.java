package run.kro.operator.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClientException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiErrorsTest {

  @ParameterizedTest
  @CsvSource({
    "-1, true", // interrupted: no answer came (the controller stopping mid-request)
    "0, true",
    "409, true",
    "429, true",
    "500, true",
    "503, true",
    "403, false",
    "404, false",
    "422, false"
  })
  void onlyFailuresThatSayNothingAboutTheRequestAreTransient(int code, boolean transientFailure) {
    assertThat(ApiErrors.isTransient(new KubernetesClientException("failed", code, null)))
        .isEqualTo(transientFailure);
  }
}
