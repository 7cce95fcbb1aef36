package run.kro.ui.instance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChildObjectTest {

  @Test
  void aSecretsYamlHidesItsDataButNotItsKeys() throws Exception {
    ChildObject secret =
        new ChildObject(
            "credentials",
            "v1",
            "Secret",
            Optional.of("team-a"),
            "shop-credentials",
            new ObjectMapper()
                .readTree(
                    """
            {"apiVersion": "v1", "kind": "Secret",
             "metadata": {"name": "shop-credentials", "namespace": "team-a",
               "managedFields": [{"manager": "kro"}]},
             "type": "Opaque",
             "data": {"password": "aHVudGVyMg==", "apiKey": "c2VjcmV0LWtleQ=="}}
            """));

    String yaml = secret.yaml();

    assertThat(yaml)
        .contains(
            "password: \"<hidden: 7 bytes>\"", "apiKey: \"<hidden: 10 bytes>\"", "type: Opaque")
        .doesNotContain("aHVudGVyMg", "c2VjcmV0LWtleQ", "managedFields");
    assertThat(secret.object().path("data").path("password").asText())
        .as("the model keeps the value")
        .isEqualTo("aHVudGVyMg==");
  }

  @Test
  void otherObjectsAreShownWhole() throws Exception {
    ChildObject config =
        new ChildObject(
            "config",
            "v1",
            "ConfigMap",
            Optional.of("team-a"),
            "shop-config",
            new ObjectMapper()
                .readTree(
                    """
            {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "shop-config"},
             "data": {"password": "visible"}}
            """));

    assertThat(config.yaml()).contains("password: visible");
  }
}
