package run.kro.operator.heap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One full collection per burst, once the collectors have been quiet for the span. */
class IdleHeapCompactionTest {

  private static final long MIB = 1L << 20;

  private long collections;
  private long committed = 40 * MIB;
  private int compactions;

  private final IdleHeapCompaction compaction =
      new IdleHeapCompaction(
          Duration.ofSeconds(30),
          () -> collections,
          () -> committed,
          () -> {
            compactions++;
            collections++;
            committed = 42 * MIB;
          });

  @Test
  void compactsOnceAfterABurstWhenTheCollectorsHaveBeenQuietForTheSpan() {
    assertThat(compaction.checkInterval()).isEqualTo(Duration.ofSeconds(10));
    burst(60 * MIB);
    compaction.check();
    compaction.check();
    assertThat(compactions).as("quiet for two of three checks").isZero();

    compaction.check();
    assertThat(compactions).isEqualTo(1);
    assertThat(committed).isEqualTo(42 * MIB);

    for (int i = 0; i < 10; i++) {
      compaction.check();
    }
    assertThat(compactions).as("nothing grew since").isEqualTo(1);
  }

  @Test
  void leavesABusyHeapAlone() {
    committed = 80 * MIB;
    for (int i = 0; i < 10; i++) {
      collections++;
      compaction.check();
    }
    assertThat(compactions).isZero();
  }

  @Test
  void aSmallGrowthAfterACompactionIsNotWorthAnother() {
    burst(60 * MIB);
    quietSpan();
    assertThat(compactions).isEqualTo(1);

    burst(43 * MIB);
    quietSpan();
    assertThat(compactions).as("1 MiB over the 42 after the last").isEqualTo(1);

    burst(50 * MIB);
    quietSpan();
    assertThat(compactions).isEqualTo(2);
  }

  @Test
  void zeroTurnsItOff() {
    IdleHeapCompaction off = IdleHeapCompaction.of(Duration.ZERO);
    off.start();
    assertThat(off.isRunning()).isFalse();

    IdleHeapCompaction on = IdleHeapCompaction.of(Duration.ofSeconds(30));
    on.start();
    try {
      assertThat(on.isRunning()).isTrue();
    } finally {
      on.stop();
    }
    assertThat(on.isRunning()).isFalse();
  }

  private void burst(long heapAfter) {
    collections += 5;
    committed = heapAfter;
    compaction.check();
  }

  private void quietSpan() {
    for (int i = 0; i < 3; i++) {
      compaction.check();
    }
  }
}
