package run.kro.operator.probes;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The probes' and metrics' HTTP server. Built while the context refreshes, it binds its port and
 * answers from {@link #start()}, before the controllers start, until {@link #stop()}, after they
 * stopped: as Spring Boot's embedded servers, so the image's training run (which stops after the
 * refresh) loads its classes without taking the port.
 */
public final class ProbeServer implements SmartLifecycle {

  /** Where Spring Boot's actuator serves health: the whole, or a group ({@code /liveness}, …). */
  public static final String HEALTH_PATH = "/actuator/health";

  /** Where Spring Boot's actuator serves the Prometheus scrape. */
  public static final String PROMETHEUS_PATH = "/actuator/prometheus";

  /**
   * Threads that answer requests: a slow scrape does not hold up a probe, and a stalled client
   * holds one thread, not the server's dispatcher.
   */
  static final int THREADS = 2;

  /** Before the controllers' runner starts and after it stops, as Spring Boot's web server. */
  static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

  private final InetSocketAddress address;
  private final HttpServer server;
  private final ExecutorService handlers;
  private volatile boolean running;

  public ProbeServer(
      InetSocketAddress address, HealthEndpoint health, PrometheusMeterRegistry metrics)
      throws IOException {
    this.address = address;
    server = HttpServer.create();
    server.createContext(HEALTH_PATH, new HealthHandler(health));
    server.createContext(PROMETHEUS_PATH, new PrometheusHandler(metrics));
    handlers = Executors.newFixedThreadPool(THREADS, daemonThreads());
    server.setExecutor(handlers);
  }

  /** The port bound, e.g. the one the system chose for port 0. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void start() {
    try {
      server.bind(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve probes and metrics on " + address, e);
    }
    server.start();
    running = true;
  }

  @Override
  public void stop() {
    server.stop(0);
    handlers.shutdownNow();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  private static ThreadFactory daemonThreads() {
    CustomizableThreadFactory threads = new CustomizableThreadFactory("kro-probes-");
    threads.setDaemon(true);
    return threads;
  }
}
