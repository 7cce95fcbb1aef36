package run.kro.ui.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who is signed in to this UI (request or push thread), with the name and groups from the
 * configured claims.
 */
@Component
public class CurrentUser {

  private final AuthenticationContext authentication;
  private final OidcSettings settings;

  public CurrentUser(AuthenticationContext authentication, OidcSettings settings) {
    this.authentication = authentication;
    this.settings = settings;
  }

  public Optional<ConsoleUser> get() {
    return authentication.getAuthenticatedUser(OidcUser.class).map(this::of);
  }

  /**
   * The signed-in user; fails when there is none in this thread: the console only acts on a user's
   * behalf.
   */
  public ConsoleUser signedIn() {
    return get()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no signed-in user in this thread: the console only calls the cluster on a user's behalf"));
  }

  public void logout() {
    authentication.logout();
  }

  ConsoleUser of(OidcUser user) {
    Object name = user.getClaims().get(settings.usernameClaim());
    return new ConsoleUser(
        name == null ? user.getSubject() : name.toString(),
        groups(user.getClaims().get(settings.groupsClaim())));
  }

  private static List<String> groups(Object claim) {
    if (claim instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    return claim == null ? List.of() : List.of(String.valueOf(claim));
  }
}
