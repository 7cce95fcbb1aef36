package run.kro.ui.security;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * All of the console's security: every page needs a signed-in user; sign-in is OIDC authorization
 * code with PKCE against the configured provider or the embedded one; logout ends the console's
 * session and, through the provider's end-session endpoint, the provider's. Vaadin's CSRF
 * protection stays on. Static files (editor, styles) are public.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(OidcSettings.class)
public class SecurityConfiguration {

  static final String REGISTRATION = "kro";
  private static final String LOGIN = "/oauth2/authorization/" + REGISTRATION;
  private static final String REDIRECT = "{baseUrl}/login/oauth2/code/{registrationId}";

  @Bean
  SecurityFilterChain console(
      HttpSecurity http,
      ClientRegistrationRepository clients,
      VaadinDefaultRequestCache requestCache)
      throws Exception {
    requestCache.setDelegateRequestCache(withoutContinueParameter());
    http.authorizeHttpRequests(
        a ->
            a.requestMatchers("/webjars/**", "/scripts/**", "/styles/**", "/icons/**").permitAll());
    DefaultOAuth2AuthorizationRequestResolver withPkce =
        new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
    withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    http.oauth2Login(o -> o.authorizationEndpoint(e -> e.authorizationRequestResolver(withPkce)));
    return http.with(VaadinSecurityConfigurer.vaadin(), v -> v.oauth2LoginPage(LOGIN, "{baseUrl}"))
        .build();
  }

  /**
   * Spring Security marks the address it returns to after sign-in with {@code ?continue}; people
   * then see and copy that into links. Without the marker the saved request is matched by its
   * address alone, which is all a console needs.
   */
  private static HttpSessionRequestCache withoutContinueParameter() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setMatchingRequestParameterName(null);
    return cache;
  }

  @Bean
  ClientRegistrationRepository clientRegistrations(
      OidcSettings settings, EmbeddedIdentityProvider embedded) {
    return new InMemoryClientRegistrationRepository(
        settings.embedded() ? embedded(settings, embedded) : external(settings));
  }

  /** The configured provider, found through its discovery document. */
  private static ClientRegistration external(OidcSettings settings) {
    return ClientRegistrations.fromIssuerLocation(settings.issuerUri())
        .registrationId(REGISTRATION)
        .clientId(settings.clientId())
        .clientSecret(settings.clientSecret())
        .scope(settings.scopes())
        .redirectUri(REDIRECT)
        .userNameAttributeName(settings.usernameClaim())
        .build();
  }

  /**
   * The embedded provider, described directly: it starts after the console, so there is no
   * discovery to read yet.
   */
  private static ClientRegistration embedded(
      OidcSettings settings, EmbeddedIdentityProvider provider) {
    String base = provider.baseUrl();
    return ClientRegistration.withRegistrationId(REGISTRATION)
        .clientId(settings.clientId())
        .clientSecret(provider.clientSecret())
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri(REDIRECT)
        .scope("openid", "profile")
        .issuerUri(base)
        .authorizationUri(base + "/oauth2/authorize")
        .tokenUri(base + "/oauth2/token")
        .jwkSetUri(base + "/oauth2/jwks")
        .userInfoUri(base + "/userinfo")
        .userNameAttributeName(settings.usernameClaim())
        .providerConfigurationMetadata(Map.of("end_session_endpoint", base + "/connect/logout"))
        .clientName("KRO embedded provider")
        .build();
  }
}
