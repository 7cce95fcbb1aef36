package run.kro.operator.kube;

import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.time.Duration;
import run.kro.operator.queue.Ticker;
import run.kro.operator.queue.TokenBucket;

/**
 * Client-side request rate limit, as client-go's {@code --client-qps}/{@code --client-burst}
 * (fabric8 has none): each request takes a token; when the burst is spent, the caller waits its
 * turn. Keeps a busy controller from flooding the API server.
 */
public final class ClientRateLimit implements Interceptor {

  public static final String NAME = "kro-client-rate-limit";

  private final TokenBucket bucket;

  public ClientRateLimit(double qps, int burst) {
    this.bucket = new TokenBucket(qps, burst, Ticker.system());
  }

  @Override
  public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
    Duration wait;
    synchronized (bucket) {
      wait = bucket.reserve();
    }
    if (!wait.isZero()) {
      try {
        Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
