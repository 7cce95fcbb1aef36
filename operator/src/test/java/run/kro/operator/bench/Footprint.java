package run.kro.operator.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.stream.IntStream;
import run.kro.backend.bench.BenchTable;

/** Heap the controller holds, after a full GC, per managed child and per generated CRD. */
final class Footprint {

  private static final int CHILDREN_PER_KIND = 5;

  private Footprint() {}

  static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static BenchTable.Row perChild(long heapBefore, long heapAfter, long children) {
    return new BenchTable.Row(
        "controller",
        "memory: heap after a full GC per managed child (instances, caches)",
        String.format(Locale.ROOT, "%,d children", children),
        String.format(Locale.ROOT, "**%.1f KiB**", (heapAfter - heapBefore) / 1024.0 / children),
        "≤ 20 KiB");
  }

  /**
   * Installs {@code kinds} ResourceGroups of five ConfigMaps each, without instances, and measures
   * what they add.
   */
  static BenchTable.Row perGeneratedCrd(BenchCluster bench, int kinds) {
    long before = heapAfterGc();
    IntStream.range(0, kinds).forEach(i -> bench.installFlat("BenchKind" + i, CHILDREN_PER_KIND));
    long after = heapAfterGc();
    return new BenchTable.Row(
        "controller",
        "memory: heap after a full GC per ResourceGroup and its generated CRD "
            + "(compiled graph, instance informer)",
        String.format(Locale.ROOT, "%d ResourceGroups of %d resources", kinds, CHILDREN_PER_KIND),
        String.format(Locale.ROOT, "**%.0f KiB**", (after - before) / 1024.0 / kinds),
        "");
  }
}
