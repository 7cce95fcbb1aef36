package run.kro.operator.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * A plain-HTTP server on the loopback that answers every request with the Kubernetes {@code Status}
 * of the fault named in its {@value #FAULT_HEADER} header, as the API server would answer a failed
 * request.
 */
final class StatusResponder implements AutoCloseable {

  static final String FAULT_HEADER = "X-Kro-Fault";

  private final HttpServer server;
  private final ExecutorService threads =
      Executors.newFixedThreadPool(4, daemon("status-responder"));

  StatusResponder(Consumer<Fault> answered) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the fault responder", e);
    }
    server.createContext("/", exchange -> answer(exchange, answered));
    server.setExecutor(threads);
    server.start();
  }

  /** Where to send a request that should fail. */
  URI address() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static void answer(HttpExchange exchange, Consumer<Fault> answered) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      Fault fault =
          Fault.ofCode(Integer.parseInt(exchange.getRequestHeaders().getFirst(FAULT_HEADER)));
      String body =
          "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\""
              + "injected by FaultyApiServer: "
              + fault.reason()
              + " for "
              + exchange.getRequestMethod()
              + " "
              + exchange.getRequestURI().getPath()
              + "\",\"reason\":\""
              + fault.reason()
              + "\",\"code\":"
              + fault.code()
              + (fault == Fault.TOO_MANY_REQUESTS ? ",\"details\":{\"retryAfterSeconds\":1}" : "")
              + "}";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      if (fault == Fault.TOO_MANY_REQUESTS) {
        exchange.getResponseHeaders().set("Retry-After", "1");
      }
      exchange.sendResponseHeaders(fault.code(), bytes.length);
      exchange.getResponseBody().write(bytes);
      answered.accept(fault);
    }
  }

  static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
