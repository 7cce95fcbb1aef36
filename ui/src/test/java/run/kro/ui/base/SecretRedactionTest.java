package run.kro.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SecretRedactionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aSecretsValuesAreHiddenWithTheirSizeAndItsKeysStay() throws Exception {
    JsonNode secret =
        JSON.readTree(
            """
        {"apiVersion": "v1", "kind": "Secret",
         "metadata": {"name": "db", "annotations": {
           "kubectl.kubernetes.io/last-applied-configuration": "{\\"data\\":{\\"password\\":\\"aHVudGVyMg==\\"}}",
           "team": "a"}},
         "data": {"password": "aHVudGVyMg==", "token": "not base64!"},
         "stringData": {"user": "admin", "pin": "1234"}}
        """);

    JsonNode shown = SecretRedaction.redact(secret);

    assertThat(shown.path("data").path("password").asText()).isEqualTo("<hidden: 7 bytes>");
    assertThat(shown.path("data").path("token").asText())
        .as("not base64: its text length")
        .isEqualTo("<hidden: 11 bytes>");
    assertThat(shown.path("stringData").path("user").asText()).isEqualTo("<hidden: 5 bytes>");
    assertThat(shown.path("stringData").path("pin").asText()).isEqualTo("<hidden: 4 bytes>");
    assertThat(
            shown.path("metadata").path("annotations").path(SecretRedaction.LAST_APPLIED).asText())
        .startsWith("<hidden: ");
    assertThat(shown.path("metadata").path("annotations").path("team").asText()).isEqualTo("a");
    assertThat(shown.toString()).doesNotContain("aHVudGVyMg", "hunter2", "admin", "1234");
    assertThat(secret.path("data").path("password").asText())
        .as("the input is left alone")
        .isEqualTo("aHVudGVyMg==");
  }

  @Test
  void otherObjectsAreShownAsTheyAre() throws Exception {
    JsonNode configMap =
        JSON.readTree(
            """
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"password": "visible"}}
        """);
    JsonNode secretOfAnotherGroup =
        JSON.readTree(
            """
        {"apiVersion": "example.com/v1", "kind": "Secret", "metadata": {"name": "s"}, "data": {"k": "v"}}
        """);

    assertThat(SecretRedaction.redact(configMap)).isEqualTo(configMap);
    assertThat(SecretRedaction.redact(secretOfAnotherGroup)).isEqualTo(secretOfAnotherGroup);
  }

  @Test
  void inAResourceGroupSecretTemplatesHideLiteralsButShowWhereAValueComesFrom() throws Exception {
    JsonNode rg =
        JSON.readTree(
            """
        {"apiVersion": "kro.run/v1alpha1", "kind": "ResourceGroup", "metadata": {"name": "app"},
         "spec": {"resources": [
           {"id": "creds", "template": {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "c"},
             "stringData": {"password": "${schema.spec.password}", "mixed": "user:${schema.spec.user}",
                            "literal": "hunter2"},
             "data": {"apiKey": "c2VjcmV0LWtleQ=="}}},
           {"id": "config", "template": {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "m"},
             "data": {"literal": "shown"}}}]}}
        """);

    JsonNode shown = SecretRedaction.redactTemplates(rg);

    JsonNode secret = shown.path("spec").path("resources").get(0).path("template");
    assertThat(secret.path("stringData").path("password").asText())
        .isEqualTo("${schema.spec.password}");
    assertThat(secret.path("stringData").path("mixed").asText()).isEqualTo("<hidden: 24 bytes>");
    assertThat(secret.path("stringData").path("literal").asText()).isEqualTo("<hidden: 7 bytes>");
    assertThat(secret.path("data").path("apiKey").asText()).isEqualTo("<hidden: 10 bytes>");
    assertThat(
            shown
                .path("spec")
                .path("resources")
                .get(1)
                .path("template")
                .path("data")
                .path("literal")
                .asText())
        .isEqualTo("shown");
  }
}
