package run.kro.ui.security;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.RemovalListener;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import run.kro.ui.base.ClusterAccess;

/**
 * The console acting as the signed-in user: a client per user that sends {@code Impersonate-User}
 * and {@code Impersonate-Group} with every request, so Kubernetes RBAC decides, for each call, what
 * that person may do. The console's own credentials only need the right to impersonate. Clients are
 * kept while in use and closed after half an hour without use.
 */
@Component
public class UserClients implements ClusterAccess, DisposableBean {

  private static final Duration IDLE = Duration.ofMinutes(30);

  private final KubernetesClient console;
  private final CurrentUser currentUser;
  private final Cache<ConsoleUser, KubernetesClient> clients =
      CacheBuilder.newBuilder()
          .expireAfterAccess(IDLE)
          .removalListener(
              (RemovalListener<ConsoleUser, KubernetesClient>)
                  removed -> removed.getValue().close())
          .build();

  public UserClients(KubernetesClient console, CurrentUser currentUser) {
    this.console = console;
    this.currentUser = currentUser;
  }

  @Override
  public KubernetesClient client() {
    return forUser(currentUser.signedIn());
  }

  public KubernetesClient forUser(ConsoleUser user) {
    try {
      return clients.get(
          user,
          () ->
              new KubernetesClientBuilder()
                  .withConfig(impersonating(console.getConfiguration(), user))
                  .build());
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot make a client for " + user.name(), e.getCause());
    }
  }

  static Config impersonating(Config base, ConsoleUser user) {
    return new ConfigBuilder(base)
        .withImpersonateUsername(user.name())
        .withImpersonateGroups(user.groups().toArray(String[]::new))
        .build();
  }

  @Override
  public void destroy() {
    clients.invalidateAll();
  }
}
