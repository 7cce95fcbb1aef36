package run.kro.operator.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

/**
 * Guard: the chart lints strictly, and its values schema refuses values the templates cannot use.
 */
class ChartLintTest {

  @Test
  void lintsStrictly() {
    LintResult result = KroChart.helm().lint().strict().call();

    assertThat(result.isFailed()).as("helm lint --strict: %s", result.getMessages()).isFalse();
  }

  @Test
  void schemaRefusesAnUnknownRbacMode() {
    assertThatThrownBy(() -> KroChart.renderWith("rbac.mode", "everything"))
        .hasMessageContaining("rbac")
        .hasMessageContaining("mode");
  }

  @Test
  void schemaRefusesAMisspelledValue() {
    assertThatThrownBy(() -> KroChart.renderWith("controller.replica", 2))
        .hasMessageContaining("replica");
  }

  @Test
  void schemaRefusesABadDuration() {
    assertThatThrownBy(() -> KroChart.renderWith("controller.settings.resyncPeriod", "ten hours"))
        .hasMessageContaining("resyncPeriod");
  }

  @Test
  void replicasWithoutLeaderElectionAreRefused() {
    assertThatThrownBy(() -> KroChart.render("replicas-without-leader-election.yaml"))
        .hasMessageContaining("leaderElection.enabled");
  }

  @Test
  void ingressWithTheEmbeddedProviderIsRefused() {
    assertThatThrownBy(() -> KroChart.renderWith("console.ingress.enabled", true))
        .hasMessageContaining("console.oidc.issuerUri");
  }
}
