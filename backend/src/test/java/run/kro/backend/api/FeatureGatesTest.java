package run.kro.backend.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Feature gates in upstream's {@code --feature-gates} syntax. */
class FeatureGatesTest {

  @Test
  void everyGateIsOffUnlessTurnedOn() {
    assertThat(FeatureGates.DEFAULTS.celOmitFunction()).isFalse();
    assertThat(FeatureGates.parse("")).isEqualTo(FeatureGates.DEFAULTS);
    assertThat(CompilerOptions.DEFAULTS.featureGates()).isEqualTo(FeatureGates.DEFAULTS);
  }

  @Test
  void readsUpstreamFlagSyntax() {
    assertThat(FeatureGates.parse("CELOmitFunction=true").celOmitFunction()).isTrue();
    assertThat(FeatureGates.parse(" CELOmitFunction = true ,").celOmitFunction()).isTrue();
    assertThat(FeatureGates.parse("CELOmitFunction").celOmitFunction())
        .as("a name alone turns it on")
        .isTrue();
    assertThat(FeatureGates.parse("CELOmitFunction=true,CELOmitFunction=false").celOmitFunction())
        .isFalse();
  }

  @Test
  void refusesUnknownGatesAndValues() {
    assertThatThrownBy(() -> FeatureGates.parse("InstanceConditionEvents=true"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown feature gate \"InstanceConditionEvents\"; known: CELOmitFunction");
    assertThatThrownBy(() -> FeatureGates.parse("CELOmitFunction=yes"))
        .hasMessage("feature gate CELOmitFunction: expected true or false, got \"yes\"");
  }
}
