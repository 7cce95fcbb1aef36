package run.kro.backend.api;

/**
 * Limits and switches of the compiler, with kro's defaults (§5.5).
 *
 * @param maxCollectionDimensions most forEach dimensions a resource may have ({@code --rgd-max-collection-dimension-size})
 * @param kroVersion the version written into generated CRD labels
 */
public record CompilerOptions(int maxCollectionDimensions, String kroVersion) {

  public static final int DEFAULT_MAX_COLLECTION_DIMENSIONS = 10;
  public static final CompilerOptions DEFAULTS =
      new CompilerOptions(DEFAULT_MAX_COLLECTION_DIMENSIONS, KroVersion.current());
}
