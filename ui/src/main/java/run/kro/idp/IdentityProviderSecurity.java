package run.kro.idp;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The embedded provider: Spring Authorization Server with OIDC, one confidential client (the
 * console, which must use PKCE), the demo users, and ID tokens that carry {@code
 * preferred_username} and {@code groups}.
 */
@Configuration(proxyBeanMethods = false)
class IdentityProviderSecurity {

  static final String GROUP_AUTHORITY = "GROUP_";

  @Bean
  @Order(1)
  SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer server =
        OAuth2AuthorizationServerConfigurer.authorizationServer();
    http.securityMatcher(server.getEndpointsMatcher())
        .with(server, s -> s.oidc(Customizer.withDefaults()))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain signIn(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            a -> a.requestMatchers("/login", "/error").permitAll().anyRequest().authenticated())
        .formLogin(f -> f.loginPage("/login"));
    return http.build();
  }

  @Bean
  UserDetailsService demoUsers() {
    return new InMemoryUserDetailsManager(
        DemoUsers.ALL.stream()
            .map(
                u ->
                    User.withUsername(u.name())
                        .password("{noop}" + u.password())
                        .authorities(
                            u.groups().stream()
                                .map(g -> GROUP_AUTHORITY + g)
                                .toArray(String[]::new))
                        .build())
            .toList());
  }

  @Bean
  RegisteredClientRepository console(
      @Value("${kro.idp.client-id}") String clientId,
      @Value("${kro.idp.client-secret}") String secret,
      @Value("${kro.idp.redirect-uris}") List<String> redirects,
      @Value("${kro.idp.post-logout-redirect-uris}") List<String> postLogout) {
    return new InMemoryRegisteredClientRepository(
        RegisteredClient.withId(clientId)
            .clientId(clientId)
            .clientSecret("{noop}" + secret)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
            .redirectUris(uris -> uris.addAll(redirects))
            .postLogoutRedirectUris(uris -> uris.addAll(postLogout))
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.PROFILE)
            .clientSettings(
                ClientSettings.builder()
                    .requireProofKey(true)
                    .requireAuthorizationConsent(false)
                    .build())
            .tokenSettings(
                TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(30)).build())
            .build());
  }

  @Bean
  AuthorizationServerSettings issuer(@Value("${kro.idp.issuer}") String issuer) {
    return AuthorizationServerSettings.builder().issuer(issuer).build();
  }

  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> userClaims() {
    return context -> {
      if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
        Set<String> groups =
            context.getPrincipal().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(GROUP_AUTHORITY))
                .map(a -> a.substring(GROUP_AUTHORITY.length()))
                .collect(Collectors.toCollection(TreeSet::new));
        context
            .getClaims()
            .claim("preferred_username", context.getPrincipal().getName())
            .claim("groups", groups);
      }
    };
  }
}
