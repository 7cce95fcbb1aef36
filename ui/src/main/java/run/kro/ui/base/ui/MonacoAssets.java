package run.kro.ui.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where Monaco's files are served from: its WebJar's folder, versioned as the WebJar on the
 * classpath is.
 */
final class MonacoAssets {

  private static final String POM = "/META-INF/maven/org.webjars.npm/monaco-editor/pom.properties";
  private static final String BASE = basePathOfWebJar();

  private MonacoAssets() {}

  /**
   * Relative to the application's context root, e.g. {@code webjars/monaco-editor/0.52.2/min/vs}.
   */
  static String basePath() {
    return BASE;
  }

  private static String basePathOfWebJar() {
    try (InputStream in = MonacoAssets.class.getResourceAsStream(POM)) {
      if (in == null) {
        throw new IllegalStateException("the monaco-editor WebJar is not on the classpath");
      }
      Properties pom = new Properties();
      pom.load(in);
      return "webjars/monaco-editor/" + pom.getProperty("version") + "/min/vs";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
