package run.kro.ui.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import run.kro.ui.security.CurrentUser;

/** In the running console, writes are done for the signed-in user. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

  @Bean
  Actor signedInUser(CurrentUser currentUser) {
    return currentUser::signedIn;
  }
}
