package run.kro.backend.cel.library;

/**
 * Go's {@code math.Pow10}, which Kubernetes' {@code AsApproximateFloat64} multiplies by: a product
 * (or quotient) of two table entries rather than a correctly rounded power, so the last bit can
 * differ from {@code Math.pow(10, n)}.
 */
final class GoPow10 {

  private static final double[] SMALL = {
    1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31
  };
  private static final double[] POSITIVE_32 = {
    1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288
  };
  private static final double[] NEGATIVE_32 = {
    1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320
  };
  private static final int MAX = 308;
  private static final int MIN = -323;
  private static final int TABLE = 32;

  private GoPow10() {}

  static double of(int n) {
    if (n >= 0 && n <= MAX) {
      return POSITIVE_32[n / TABLE] * SMALL[n % TABLE];
    }
    if (n < 0 && n >= MIN) {
      return NEGATIVE_32[-n / TABLE] / SMALL[-n % TABLE];
    }
    return n > 0 ? Double.POSITIVE_INFINITY : 0;
  }
}
