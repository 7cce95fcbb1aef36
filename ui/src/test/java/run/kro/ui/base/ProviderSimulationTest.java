package run.kro.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The examples' simulated providers are packaged with the console, and the banner can name their
 * kinds.
 */
class ProviderSimulationTest {

  @Test
  void theAppStacksAwsKindsAreSimulated() {
    assertThat(ProviderSimulation.simulatedKinds()).containsExactly("Bucket", "Policy", "Role");
  }
}
