package run.kro.operator.heap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One compaction per burst, once the collectors have been quiet for the span. */
class IdleHeapCompactionTest {

  private static final long MIB = 1L << 20;
  private static final long LIVE = 42 * MIB;

  private long collections;
  private long committed = 40 * MIB;
  private int collected;

  /** The serial collector's steps: none of the excess, a tenth, two fifths, all of it. */
  private final int[] shrinkPercent = {0, 10, 40, 100};

  private int step;

  private final IdleHeapCompaction compaction =
      new IdleHeapCompaction(
          Duration.ofSeconds(30),
          () -> collections,
          () -> committed,
          () -> {
            collected++;
            collections++;
            committed -= (committed - LIVE) * shrinkPercent[Math.min(step++, 3)] / 100;
          });

  @Test
  void collectsAfterABurstUntilTheHeapStopsShrinking() {
    assertThat(compaction.checkInterval()).isEqualTo(Duration.ofSeconds(10));
    burst(60 * MIB);
    compaction.check();
    compaction.check();
    assertThat(collected).as("the burst's collections still in the span").isZero();

    compaction.check();
    assertThat(collected).as("0 %, 10 %, 40 %, all of the excess").isEqualTo(4);
    assertThat(committed).isEqualTo(LIVE);

    for (int i = 0; i < 10; i++) {
      compaction.check();
    }
    assertThat(collected).as("nothing grew since").isEqualTo(4);
  }

  @Test
  void stopsOnceACollectionGivesNothingBack() {
    step = 3;
    burst(60 * MIB);
    quietSpan();
    assertThat(collected).isEqualTo(2);
    assertThat(committed).isEqualTo(LIVE);
  }

  @Test
  void oneYoungCollectionInTheSpanIsStillIdle() {
    burst(60 * MIB);
    compaction.check();
    collections++;
    compaction.check();
    compaction.check();
    assertThat(collected).isEqualTo(4);
  }

  @Test
  void twoCollectionsInTheSpanAreWork() {
    burst(60 * MIB);
    for (int i = 0; i < 10; i++) {
      collections += i % 2 == 0 ? 1 : 0;
      collections += i % 3 == 0 ? 1 : 0;
      compaction.check();
    }
    assertThat(collected).isZero();
  }

  @Test
  void leavesABusyHeapAlone() {
    committed = 80 * MIB;
    for (int i = 0; i < 10; i++) {
      collections++;
      compaction.check();
    }
    assertThat(collected).isZero();
  }

  @Test
  void aSmallGrowthAfterACompactionIsNotWorthAnother() {
    step = 3;
    burst(60 * MIB);
    quietSpan();
    assertThat(collected).isEqualTo(2);

    burst(43 * MIB);
    quietSpan();
    assertThat(collected).as("1 MiB over the 42 after the last").isEqualTo(2);

    burst(50 * MIB);
    quietSpan();
    assertThat(collected).isEqualTo(4);
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
