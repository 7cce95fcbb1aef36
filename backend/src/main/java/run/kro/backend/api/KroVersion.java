package run.kro.backend.api;

/** This build's version, as written into the {@code kro.run/kro-version} label. */
public final class KroVersion {

  private static final String DEVELOPMENT = "dev";

  private KroVersion() {}

  public static String current() {
    String version = KroVersion.class.getPackage().getImplementationVersion();
    return version == null || version.isEmpty() ? DEVELOPMENT : version;
  }
}
