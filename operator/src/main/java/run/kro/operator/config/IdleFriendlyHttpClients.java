package run.kro.operator.config;

import io.fabric8.kubernetes.client.vertx.VertxHttpClientFactory;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.concurrent.TimeUnit;

/**
 * fabric8's Vert.x HTTP clients, set up so that an idle controller's threads sleep: by default
 * Vert.x checks its event loops for blocking every second and each client sweeps its connection
 * pool every second, which with nothing to do are most of the process's wake-ups. Here the checks
 * run every {@link #BLOCKED_THREAD_CHECK_SECONDS} and sweeps every {@link #POOL_SWEEP_SECONDS}
 * seconds (idle connections still close after Vert.x's 60 s keep-alive, at most that much later).
 * Otherwise fabric8's own settings.
 */
final class IdleFriendlyHttpClients extends VertxHttpClientFactory {

  static final long BLOCKED_THREAD_CHECK_SECONDS = 10;
  static final int POOL_SWEEP_SECONDS = 30;

  private IdleFriendlyHttpClients(Vertx vertx) {
    super(vertx);
  }

  /** The factory, on a Vert.x instance of its own that the caller closes after the client. */
  static IdleFriendlyHttpClients on(Vertx vertx) {
    return new IdleFriendlyHttpClients(vertx);
  }

  /** A Vert.x instance as fabric8 makes one (daemon threads, no file cache), checked less often. */
  static Vertx newVertx() {
    return Vertx.vertx(
        new VertxOptions()
            .setFileSystemOptions(
                new FileSystemOptions()
                    .setFileCachingEnabled(false)
                    .setClassPathResolvingEnabled(false))
            .setUseDaemonThread(true)
            .setBlockedThreadCheckInterval(BLOCKED_THREAD_CHECK_SECONDS)
            .setBlockedThreadCheckIntervalUnit(TimeUnit.SECONDS));
  }

  @Override
  protected void additionalConfig(WebClientOptions options) {
    options.setPoolCleanerPeriod((int) TimeUnit.SECONDS.toMillis(POOL_SWEEP_SECONDS));
  }
}
