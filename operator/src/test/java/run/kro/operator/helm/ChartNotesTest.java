package run.kro.operator.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.InstallCommand;
import org.junit.jupiter.api.Test;

/** Guard: the install notes say which sign-in the console uses and how to reach it. */
class ChartNotesTest {

  @Test
  void withoutAnIssuerTheNotesAnnounceTheEmbeddedDemoProvider() {
    String notes = installNotes(KroChart.helm().install());

    assertThat(notes)
        .contains("EMBEDDED DEMO PROVIDER", "pat, alice and bob", "console.oidc.issuerUri")
        .contains("port-forward service/kro-console 8080:8080 9090:9090")
        .contains("operator/Dockerfile", "ui/Dockerfile");
  }

  @Test
  void withAnIssuerTheNotesNameTheRedirectUri() {
    String notes =
        installNotes(
            KroChart.helm()
                .install()
                .withValuesFile(KroChart.valuesFile("ingress-servicemonitor.yaml")));

    assertThat(notes)
        .contains("Users sign in at https://idp.example.com")
        .contains("https://kro.example.com/login/oauth2/code/kro")
        .doesNotContain("EMBEDDED DEMO PROVIDER");
  }

  @Test
  void aggregationModeNotesExplainHowToGrantKinds() {
    String notes =
        installNotes(
            KroChart.helm().install().withValuesFile(KroChart.valuesFile("aggregation.yaml")));

    assertThat(notes).contains("rbac.kro.run/aggregate-to-controller: \"true\"");
  }

  private static String installNotes(InstallCommand install) {
    String output =
        install
            .withName(KroChart.RELEASE)
            .withNamespace(KroChart.NAMESPACE)
            .dryRun()
            .clientOnly()
            .call()
            .getOutput();
    assertThat(output).as("helm install --dry-run output").contains("NOTES:");
    return output.substring(output.indexOf("NOTES:"));
  }
}
