package run.kro.operator.testing;

/**
 * How big a fault IT runs: the short version in every build, the long one with the {@code bench}
 * profile (system property {@code kro.faults.long}).
 */
public final class FaultRun {

  private FaultRun() {}

  public static boolean isLong() {
    return Boolean.getBoolean("kro.faults.long");
  }

  /** {@code shortValue} in CI, {@code longValue} in the long run. */
  public static int pick(int shortValue, int longValue) {
    return isLong() ? longValue : shortValue;
  }
}
