package run.kro.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which provider signs users in, and the two contradictions that stop the start with a message. */
class OidcSettingsTest {

  private static OidcSettings settings(String issuer, OidcSettings.EmbeddedProvider embedded) {
    return new OidcSettings(
        issuer,
        "kro-console",
        "secret",
        List.of("openid"),
        "groups",
        "preferred_username",
        embedded,
        0);
  }

  @Test
  void theEmbeddedProviderRunsExactlyWhenNoIssuerIsConfigured() {
    assertThat(settings("", OidcSettings.EmbeddedProvider.AUTO).embedded()).isTrue();
    assertThat(settings("https://idp.example.com", OidcSettings.EmbeddedProvider.AUTO).embedded())
        .isFalse();
    assertThat(settings("", OidcSettings.EmbeddedProvider.ON).embedded()).isTrue();
    assertThat(settings("https://idp.example.com", OidcSettings.EmbeddedProvider.OFF).embedded())
        .isFalse();
  }

  @Test
  void anExternalAndTheEmbeddedProviderCannotBothBeOn() {
    assertThatThrownBy(
            () -> settings("https://idp.example.com", OidcSettings.EmbeddedProvider.ON).embedded())
        .hasMessageContaining("cannot run beside an external one");
  }

  @Test
  void turningTheEmbeddedProviderOffNeedsAnIssuer() {
    assertThatThrownBy(() -> settings("", OidcSettings.EmbeddedProvider.OFF).embedded())
        .hasMessageContaining("no sign-in provider");
  }
}
