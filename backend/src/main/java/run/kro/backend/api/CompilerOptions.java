package run.kro.backend.api;

/**
 * Limits and switches of the compiler, with kro's defaults (§5.5).
 *
 * @param maxCollectionDimensions most forEach dimensions a resource may have ({@code --rgd-max-collection-dimension-size})
 * @param kroVersion the version written into generated CRD labels
 * @param featureGates the alpha features expressions may use ({@code --feature-gates})
 */
public record CompilerOptions(int maxCollectionDimensions, String kroVersion, FeatureGates featureGates) {

  public static final int DEFAULT_MAX_COLLECTION_DIMENSIONS = 10;
  public static final CompilerOptions DEFAULTS =
      new CompilerOptions(DEFAULT_MAX_COLLECTION_DIMENSIONS, KroVersion.current(), FeatureGates.DEFAULTS);

  /** With every feature gate off. */
  public CompilerOptions(int maxCollectionDimensions, String kroVersion) {
    this(maxCollectionDimensions, kroVersion, FeatureGates.DEFAULTS);
  }

  public CompilerOptions withFeatureGates(FeatureGates gates) {
    return new CompilerOptions(maxCollectionDimensions, kroVersion, gates);
  }
}
