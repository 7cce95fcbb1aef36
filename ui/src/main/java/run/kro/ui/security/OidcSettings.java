package run.kro.ui.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OIDC provider the console signs users in with ({@code kro.console.oidc.*}). {@code
 * groupsClaim} and {@code usernameClaim} name the ID token claims holding the user's groups (no
 * {@code groups} scope is required) and name. {@code embeddedProvider}: {@code auto} runs the
 * embedded provider exactly when no issuer is configured; {@code on} and {@code off} say so
 * explicitly, and contradictions stop the start with a message.
 */
@ConfigurationProperties("kro.console.oidc")
public record OidcSettings(
    @DefaultValue("") String issuerUri,
    @DefaultValue("kro-console") String clientId,
    @DefaultValue("") String clientSecret,
    @DefaultValue({"openid", "profile"}) List<String> scopes,
    @DefaultValue("groups") String groupsClaim,
    @DefaultValue("preferred_username") String usernameClaim,
    @DefaultValue("auto") EmbeddedProvider embeddedProvider,
    @DefaultValue("0") int embeddedProviderPort) {

  /** Whether the embedded provider runs. */
  public enum EmbeddedProvider {
    AUTO,
    ON,
    OFF
  }

  /** The embedded provider runs (and no external one is used). */
  public boolean embedded() {
    if (!issuerUri.isBlank() && embeddedProvider == EmbeddedProvider.ON) {
      throw new IllegalStateException(
          "kro.console.oidc.issuer-uri is set and kro.console.oidc.embedded-provider=on: "
              + "the embedded provider cannot run beside an external one; remove one of the two settings");
    }
    if (issuerUri.isBlank() && embeddedProvider == EmbeddedProvider.OFF) {
      throw new IllegalStateException(
          "no sign-in provider: set kro.console.oidc.issuer-uri (with client-id and "
              + "client-secret), or let the embedded provider run (kro.console.oidc.embedded-provider=auto)");
    }
    return issuerUri.isBlank();
  }
}
