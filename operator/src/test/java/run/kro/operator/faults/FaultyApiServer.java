package run.kro.operator.faults;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A faulty API server in a client's path, while switched on: a seeded share of all requests (reads,
 * writes, lists) is answered 500, 409 or 429 with a Kubernetes {@code Status} (by {@link
 * StatusResponder}), another share arrives 50–500 ms late, a share of watch requests is refused,
 * and every open watch is cut after 0.5–3 s (by {@link TcpRelay}s that pass TLS through; watches
 * always go through the cutting relay, so that those opened before the faults began are cut too).
 * The client interceptor only redirects requests; every fault that happens is counted by kind.
 */
final class FaultyApiServer implements Interceptor, AutoCloseable {

  /**
   * How often each fault happens while on.
   *
   * @param failures share of requests answered 500, 409 or 429 (a third each)
   * @param delays share of requests answered late
   * @param watchRefusals share of watch requests answered by closing the connection
   */
  record Shares(double failures, double delays, double watchRefusals) {}

  private static final Fault[] FAILURES = {
    Fault.SERVER_ERROR, Fault.CONFLICT, Fault.TOO_MANY_REQUESTS
  };

  private final Shares shares;
  private final Random random;
  private int failuresInjected;
  private final Map<Fault, AtomicInteger> counts = new EnumMap<>(Fault.class);
  private final StatusResponder responder;
  private final TcpRelay slow;
  private final TcpRelay refusing;
  private final TcpRelay cutting;
  private volatile boolean on;

  FaultyApiServer(URI apiServer, Shares shares, long seed) {
    this.shares = shares;
    this.random = new Random(seed);
    for (Fault fault : Fault.values()) {
      counts.put(fault, new AtomicInteger());
    }
    responder = new StatusResponder(this::count);
    slow = new TcpRelay(apiServer, TcpRelay.Behaviour.slow(50, 500), seed + 1, () -> on, () -> {});
    refusing =
        new TcpRelay(
            apiServer,
            TcpRelay.Behaviour.refusing(),
            seed + 2,
            () -> on,
            () -> count(Fault.WATCH_REFUSED));
    cutting =
        new TcpRelay(
            apiServer,
            TcpRelay.Behaviour.cutting(500, 3000),
            seed + 3,
            () -> on,
            () -> count(Fault.WATCH_CUT));
  }

  /**
   * A new client with {@code config} (its server, user and certificates) whose requests pass
   * through here.
   */
  KubernetesClient client(Config config) {
    return new KubernetesClientBuilder()
        .withConfig(config)
        .withHttpClientBuilderConsumer(
            http -> http.addOrReplaceInterceptor("faulty-api-server", this))
        .build();
  }

  void on() {
    on = true;
  }

  void off() {
    on = false;
  }

  /** How many faults of each kind happened so far. */
  Map<Fault, Integer> counts() {
    Map<Fault, Integer> snapshot = new EnumMap<>(Fault.class);
    counts.forEach((fault, count) -> snapshot.put(fault, count.get()));
    return snapshot;
  }

  @Override
  public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
    URI uri = request.uri();
    if (isWatch(uri)) {
      builder.uri(
          moved(
              uri, on && draw() < shares.watchRefusals() ? refusing.address() : cutting.address()));
      return;
    }
    if (!on) {
      return;
    }
    double draw;
    int failure;
    synchronized (random) {
      draw = random.nextDouble();
      // Which requests fail is random; the kinds take turns, so that a short run injects each of
      // them.
      failure = draw < shares.failures() ? failuresInjected++ % FAILURES.length : 0;
    }
    if (draw < shares.failures()) {
      builder.uri(moved(uri, responder.address()));
      builder.setHeader(StatusResponder.FAULT_HEADER, Integer.toString(FAILURES[failure].code()));
    } else if (draw < shares.failures() + shares.delays()) {
      builder.uri(moved(uri, slow.address()));
      count(Fault.SLOW_RESPONSE);
    }
  }

  private double draw() {
    synchronized (random) {
      return random.nextDouble();
    }
  }

  private static boolean isWatch(URI uri) {
    return uri.getRawQuery() != null && uri.getRawQuery().contains("watch=true");
  }

  /** The same request, sent to {@code place} (scheme, host and port) instead. */
  private static URI moved(URI uri, URI place) {
    return URI.create(
        place + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
  }

  private void count(Fault fault) {
    counts.get(fault).incrementAndGet();
  }

  @Override
  public void close() {
    off();
    responder.close();
    slow.close();
    refusing.close();
    cutting.close();
  }
}
