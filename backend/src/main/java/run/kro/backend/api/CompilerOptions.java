package run.kro.backend.api;

/**
 * Limits and switches of the compiler, with kro's defaults (docs/design.md#settings).
 *
 * @param maxCollectionDimensions most forEach dimensions a resource may have ({@code --rgd-max-collection-dimension-size})
 * @param kroVersion the version written into generated CRD labels
 * @param featureGates the alpha features expressions may use ({@code --feature-gates})
 * @param extraCelLibraries ours: expressions may also use cel-java's {@code math.*}, {@code sets.*} and
 *     {@code regex.*}, which upstream kro lacks (off: the CEL environment is upstream's)
 */
public record CompilerOptions(int maxCollectionDimensions, String kroVersion, FeatureGates featureGates,
    boolean extraCelLibraries) {

  public static final int DEFAULT_MAX_COLLECTION_DIMENSIONS = 10;
  public static final CompilerOptions DEFAULTS =
      new CompilerOptions(DEFAULT_MAX_COLLECTION_DIMENSIONS, KroVersion.current());

  /** With every feature gate off and upstream's CEL environment. */
  public CompilerOptions(int maxCollectionDimensions, String kroVersion) {
    this(maxCollectionDimensions, kroVersion, FeatureGates.DEFAULTS, false);
  }

  public CompilerOptions withFeatureGates(FeatureGates gates) {
    return new CompilerOptions(maxCollectionDimensions, kroVersion, gates, extraCelLibraries);
  }

  public CompilerOptions withExtraCelLibraries(boolean enabled) {
    return new CompilerOptions(maxCollectionDimensions, kroVersion, featureGates, enabled);
  }
}
