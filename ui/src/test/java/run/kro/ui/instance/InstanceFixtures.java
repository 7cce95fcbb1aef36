package run.kro.ui.instance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;

/** The instance tests' fixtures from {@code src/test/resources/instance/}, with a fresh name and kind per test. */
final class InstanceFixtures {

  private InstanceFixtures() {}

  /** A lower-case ResourceGroup name and an UpperCamelCase kind no other test uses. */
  static Names freshNames(String prefix) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      suffix.append((char) ('a' + random.nextInt(26)));
    }
    String kind = Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + "X" + suffix;
    return new Names(prefix.toLowerCase(Locale.ROOT) + "-" + suffix, kind);
  }

  static String yaml(String file, Names names) {
    try (InputStream in = InstanceFixtures.class.getResourceAsStream("/instance/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no test fixture instance/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("__NAME__", names.name()).replace("__KIND__", names.kind());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture compiled with the built-in kinds only, as unit tests need it (no API server). */
  static CompiledResourceGroup compiled(String file, Names names) {
    var result = new ResourceGroupCompiler(BuiltinKindSchemas.shared()).compile(file, yaml(file, names));
    return result.compiled().orElseThrow(() -> new AssertionError("fixture " + file + " does not compile: "
        + result.errors()));
  }

  record Names(String name, String kind) {}
}
