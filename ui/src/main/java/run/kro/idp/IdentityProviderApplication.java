package run.kro.idp;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The embedded provider's application context. It shares the console's classpath, so the console's
 * own features (Vaadin, Hilla) are excluded from its auto-configuration; it scans nothing but its
 * own two classes.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(
    excludeName = {
      "com.vaadin.flow.spring.SpringBootAutoConfiguration",
      "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
      "com.vaadin.flow.spring.VaadinScopesConfig",
      "com.vaadin.hilla.EndpointController",
      "com.vaadin.hilla.ApplicationContextProvider",
      "com.vaadin.hilla.push.PushConfigurer",
      "com.vaadin.hilla.startup.EndpointRegistryInitializer",
      "com.vaadin.hilla.startup.RouteUnifyingServiceInitListener",
      "com.vaadin.hilla.route.RouteUtil",
      "com.vaadin.hilla.route.RouteUnifyingConfiguration",
      "com.vaadin.hilla.signals.config.SignalsConfiguration",
      "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientAutoConfiguration",
      "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration"
    })
@Import({IdentityProviderSecurity.class, LoginPage.class})
public class IdentityProviderApplication {}
