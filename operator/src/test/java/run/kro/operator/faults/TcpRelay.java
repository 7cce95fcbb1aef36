package run.kro.operator.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * A loopback TCP relay to the API server that passes TLS through untouched (so client certificates
 * and the server's certificate still apply) and misbehaves in one way while it is active: it
 * refuses connections (accepts and closes them), delays every chunk of the server's answers, or
 * cuts each open connection after a short while (connections opened before it became active too, so
 * that long-lived watches are cut).
 */
final class TcpRelay implements AutoCloseable {

  /** How the relay misbehaves; times in milliseconds, drawn uniformly between min and max. */
  record Behaviour(boolean refuse, int delayMin, int delayMax, int cutMin, int cutMax) {

    static Behaviour refusing() {
      return new Behaviour(true, 0, 0, 0, 0);
    }

    static Behaviour slow(int minMillis, int maxMillis) {
      return new Behaviour(false, minMillis, maxMillis, 0, 0);
    }

    static Behaviour cutting(int minMillis, int maxMillis) {
      return new Behaviour(false, 0, 0, minMillis, maxMillis);
    }
  }

  private final InetSocketAddress target;
  private final Behaviour behaviour;
  private final Random random;
  private final Runnable onFault;
  private final BooleanSupplier active;
  private final ServerSocket listener;
  private final ExecutorService pumps =
      Executors.newCachedThreadPool(StatusResponder.daemon("tcp-relay"));
  private final ScheduledExecutorService cutter =
      Executors.newSingleThreadScheduledExecutor(StatusResponder.daemon("tcp-relay-cutter"));

  /**
   * {@code onFault} runs for every connection refused or cut while open; faults happen only while
   * {@code active}.
   */
  TcpRelay(URI target, Behaviour behaviour, long seed, BooleanSupplier active, Runnable onFault) {
    this.active = active;
    this.target = new InetSocketAddress(target.getHost(), target.getPort());
    this.behaviour = behaviour;
    this.random = new Random(seed);
    this.onFault = onFault;
    try {
      listener = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a relay", e);
    }
    pumps.execute(this::acceptAll);
  }

  /** The relay's address with the scheme of the API server's. */
  URI address() {
    return URI.create("https://127.0.0.1:" + listener.getLocalPort());
  }

  private void acceptAll() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        if (behaviour.refuse() && active.getAsBoolean()) {
          client.close();
          onFault.run();
        } else {
          relay(client);
        }
      } catch (IOException e) {
        // closed, or one connection failed: go on while the relay is open
      }
    }
  }

  private void relay(Socket client) throws IOException {
    Socket server = new Socket();
    try {
      server.connect(target, 5000);
    } catch (IOException e) {
      client.close();
      throw e;
    }
    AtomicBoolean open = new AtomicBoolean(true);
    Runnable closeBoth =
        () -> {
          open.set(false);
          closeQuietly(client);
          closeQuietly(server);
        };
    pumps.execute(() -> pump(client, server, false, closeBoth));
    pumps.execute(() -> pump(server, client, behaviour.delayMax() > 0, closeBoth));
    if (behaviour.cutMax() > 0) {
      scheduleCut(open, closeBoth);
    }
  }

  /**
   * Cuts the connection after a while if the relay is active then, else looks again after another
   * while.
   */
  private void scheduleCut(AtomicBoolean open, Runnable closeBoth) {
    cutter.schedule(
        () -> {
          if (!open.get()) {
            return;
          }
          if (active.getAsBoolean()) {
            closeBoth.run();
            onFault.run();
          } else {
            scheduleCut(open, closeBoth);
          }
        },
        between(behaviour.cutMin(), behaviour.cutMax()),
        TimeUnit.MILLISECONDS);
  }

  private void pump(Socket from, Socket to, boolean delayed, Runnable closeBoth) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        if (delayed && active.getAsBoolean()) {
          Thread.sleep(between(behaviour.delayMin(), behaviour.delayMax()));
        }
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // the other side went away, or the relay cut the connection
    } finally {
      closeBoth.run();
    }
  }

  private int between(int min, int max) {
    synchronized (random) {
      return min + random.nextInt(max - min + 1);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException e) {
      // already closed
    }
    pumps.shutdownNow();
    cutter.shutdownNow();
  }
}
