package run.kro.backend.api;

/**
 * Limits and switches of the compiler, with kro's defaults (docs/design.md#settings).
 *
 * @param maxCollectionDimensions most forEach dimensions a resource may have ({@code
 *     --rgd-max-collection-dimension-size})
 * @param kroVersion the version written into generated CRD labels
 * @param featureGates the alpha features expressions may use ({@code --feature-gates})
 * @param extraCelLibraries ours: expressions may also use cel-java's {@code math.*}, {@code sets.*}
 *     and {@code regex.*}, which upstream kro lacks (off: the CEL environment is upstream's)
 * @param unknownKindAdvice how to make a kind the compiler does not know known, in the words of the
 *     program that compiles (the CLI has a flag for it, the controller and the console read the
 *     cluster)
 */
public record CompilerOptions(
    int maxCollectionDimensions,
    String kroVersion,
    FeatureGates featureGates,
    boolean extraCelLibraries,
    String unknownKindAdvice) {

  /** The CLI's advice for a kind it does not know. */
  public static final String CLI_UNKNOWN_KIND_ADVICE =
      "give its CRD with --crds or connect to a cluster";

  public static final int DEFAULT_MAX_COLLECTION_DIMENSIONS = 10;
  public static final CompilerOptions DEFAULTS =
      new CompilerOptions(DEFAULT_MAX_COLLECTION_DIMENSIONS, KroVersion.current());

  /** With every feature gate off and upstream's CEL environment. */
  public CompilerOptions(int maxCollectionDimensions, String kroVersion) {
    this(maxCollectionDimensions, kroVersion, FeatureGates.DEFAULTS, false);
  }

  /** With the CLI's advice for unknown kinds. */
  public CompilerOptions(
      int maxCollectionDimensions,
      String kroVersion,
      FeatureGates featureGates,
      boolean extraCelLibraries) {
    this(
        maxCollectionDimensions,
        kroVersion,
        featureGates,
        extraCelLibraries,
        CLI_UNKNOWN_KIND_ADVICE);
  }

  public CompilerOptions withFeatureGates(FeatureGates gates) {
    return new CompilerOptions(
        maxCollectionDimensions, kroVersion, gates, extraCelLibraries, unknownKindAdvice);
  }

  public CompilerOptions withExtraCelLibraries(boolean enabled) {
    return new CompilerOptions(
        maxCollectionDimensions, kroVersion, featureGates, enabled, unknownKindAdvice);
  }

  public CompilerOptions withUnknownKindAdvice(String advice) {
    return new CompilerOptions(
        maxCollectionDimensions, kroVersion, featureGates, extraCelLibraries, advice);
  }
}
