package run.kro.ui.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A ResourceGroup name and the kind it defines, fresh for each test: ResourceGroups and generated
 * CRDs are cluster-scoped, so tests sharing one API server must not reuse them. Fixtures carry
 * {@code __NAME__} and {@code __KIND__} placeholders.
 */
public record FixtureNames(String name, String kind) {

  /** A lower-case name and an UpperCamelCase kind no other test uses. */
  public static FixtureNames fresh(String prefix) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      suffix.append((char) ('a' + random.nextInt(26)));
    }
    // Ending in "t", whose plural is a plain "s" (a random last letter may be "x" or "y"), so tests
    // may spell it.
    String kind =
        Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + "X" + suffix + "t";
    return new FixtureNames(prefix.toLowerCase(Locale.ROOT) + "-" + suffix, kind);
  }

  /** The test resource {@code path} (from the classpath root) with the placeholders replaced. */
  public String fill(String path) {
    try (InputStream in = FixtureNames.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("__NAME__", name)
          .replace("__KIND__", kind);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
