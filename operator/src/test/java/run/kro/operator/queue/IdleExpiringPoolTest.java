package run.kro.operator.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class IdleExpiringPoolTest {

  @Test
  void runsUpToItsSizeAtOnceAndLetsIdleThreadsEnd() throws Exception {
    ThreadPoolExecutor pool = IdleExpiringPool.of("test", 3, Duration.ofMillis(200));
    try {
      Set<String> names = ConcurrentHashMap.newKeySet();
      CountDownLatch started = new CountDownLatch(3);
      CountDownLatch release = new CountDownLatch(1);
      for (int i = 0; i < 5; i++) {
        pool.execute(
            () -> {
              names.add(Thread.currentThread().getName());
              assertThat(Thread.currentThread().isDaemon()).isTrue();
              started.countDown();
              await(release);
            });
      }
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(pool.getPoolSize()).isEqualTo(3);
      assertThat(pool.getQueue()).hasSize(2);
      release.countDown();

      Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> pool.getPoolSize() == 0);
      assertThat(pool.getCompletedTaskCount()).isEqualTo(5);
      assertThat(names).allMatch(name -> name.matches("kro-test-[123]"));

      CountDownLatch again = new CountDownLatch(1);
      pool.execute(again::countDown);
      assertThat(again.await(5, TimeUnit.SECONDS))
          .as("a task after the threads ended runs")
          .isTrue();
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
