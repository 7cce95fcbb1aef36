package run.kro.backend.api;

/**
 * Limits of instance evaluation, with kro's defaults (docs/design.md#settings).
 *
 * @param maxCollectionSize most items a forEach collection may expand to ({@code
 *     --rgd-max-collection-size})
 * @param kroVersion the version written into the {@code kro.run/kro-version} label of children
 */
public record RuntimeOptions(int maxCollectionSize, String kroVersion) {

  public static final int DEFAULT_MAX_COLLECTION_SIZE = 1000;
  public static final RuntimeOptions DEFAULTS =
      new RuntimeOptions(DEFAULT_MAX_COLLECTION_SIZE, KroVersion.current());
}
