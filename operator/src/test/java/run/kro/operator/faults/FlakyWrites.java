package run.kro.operator.faults;

import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes a share of the client's write requests fail before they leave, as a dropped connection would, while it is
 * switched on. Seeded, so a failing run can be repeated.
 */
final class FlakyWrites implements Interceptor {

  private final Random random = new Random(42);
  private final double share;
  private final AtomicInteger failed = new AtomicInteger();
  private volatile boolean on = true;

  FlakyWrites(double share) {
    this.share = share;
  }

  @Override
  public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
    boolean write = !request.method().equals("GET");
    boolean fail;
    synchronized (random) {
      fail = on && write && random.nextDouble() < share;
    }
    if (fail) {
      failed.incrementAndGet();
      throw new UncheckedIOException(new SocketException("connection reset (injected by FlakyWrites)"));
    }
  }

  void off() {
    on = false;
  }

  int failed() {
    return failed.get();
  }
}
