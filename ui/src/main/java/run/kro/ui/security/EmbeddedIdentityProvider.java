package run.kro.ui.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import run.kro.idp.IdentityProviderApplication;

/**
 * Runs the embedded OIDC provider when no external one is configured: its own application context
 * on its own port (so sign-in is a real OIDC flow, with redirects between two origins), started
 * once the console's port is known so that exactly the console's addresses are registered as
 * redirect targets. Its session cookie has its own name, as both run on the same host.
 */
@Component
public class EmbeddedIdentityProvider
    implements ApplicationListener<WebServerInitializedEvent>, DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedIdentityProvider.class);
  private static final String CALLBACK = "/login/oauth2/code/" + SecurityConfiguration.REGISTRATION;

  private final OidcSettings settings;
  private final int port;
  private final String clientSecret = UUID.randomUUID().toString();
  private ConfigurableApplicationContext provider;

  public EmbeddedIdentityProvider(OidcSettings settings) {
    this.settings = settings;
    this.port =
        settings.embedded()
            ? (settings.embeddedProviderPort() > 0 ? settings.embeddedProviderPort() : freePort())
            : 0;
  }

  /** Where browsers and the console reach it; also its issuer. */
  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public String clientSecret() {
    return clientSecret;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    if (!settings.embedded() || provider != null) {
      return;
    }
    int consolePort = event.getWebServer().getPort();
    List<String> consoles =
        List.of("http://localhost:" + consolePort, "http://127.0.0.1:" + consolePort);
    List<String> redirects = consoles.stream().map(c -> c + CALLBACK).toList();
    List<String> afterLogout = new ArrayList<>(consoles);
    consoles.forEach(c -> afterLogout.add(c + "/"));
    provider =
        new SpringApplicationBuilder(IdentityProviderApplication.class)
            .run(
                "--server.port=" + port,
                "--spring.config.name=kro-idp",
                "--spring.application.name=kro-idp",
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false",
                "--server.servlet.session.cookie.name=KRO_IDP_SESSION",
                "--kro.idp.issuer=" + baseUrl(),
                "--kro.idp.client-id=" + settings.clientId(),
                "--kro.idp.client-secret=" + clientSecret,
                "--kro.idp.redirect-uris=" + String.join(",", redirects),
                "--kro.idp.post-logout-redirect-uris=" + String.join(",", afterLogout));
    LOG.info(
        "embedded OIDC provider (demo users) on {}; configure kro.console.oidc.issuer-uri to use your own",
        baseUrl());
  }

  @Override
  public void destroy() {
    if (provider != null) {
      provider.close();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for the embedded OIDC provider", e);
    }
  }
}
