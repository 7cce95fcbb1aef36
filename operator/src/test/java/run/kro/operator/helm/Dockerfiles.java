package run.kro.operator.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a module's Dockerfile ({@code operator/Dockerfile}, {@code ui/Dockerfile}) copies, runs and
 * runs as.
 */
record Dockerfiles(String module, String text) {

  private static final Pattern LAYER_COPY =
      Pattern.compile("(?m)^COPY --from=\\S+ /layers/extracted/([a-z-]+)/ \\./\\s*$");
  private static final Pattern JAR_COPY =
      Pattern.compile("(?m)^COPY (target/\\S+\\.jar) application\\.jar\\s*$");
  private static final Pattern USER = Pattern.compile("(?m)^USER (\\d+)(?::(\\d+))?\\s*$");
  private static final Pattern ENTRYPOINT = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]\\s*$");

  static Dockerfiles of(String module) {
    Path file = KroChart.repositoryRoot().resolve(module).resolve("Dockerfile");
    try {
      return new Dockerfiles(module, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("no Dockerfile for " + module + " at " + file, e);
    }
  }

  /** The Spring Boot layers copied into the image, in order. */
  List<String> copiedLayers() {
    return LAYER_COPY.matcher(text).results().map(m -> m.group(1)).toList();
  }

  /** The jar copied from the build, e.g. {@code target/kro-operator-*.jar}. */
  Optional<String> copiedJar() {
    return JAR_COPY.matcher(text).results().map(m -> m.group(1)).findFirst();
  }

  /** The numeric user the image runs as. */
  Optional<Long> user() {
    Matcher m = USER.matcher(text);
    return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }

  Optional<String> entrypoint() {
    return ENTRYPOINT.matcher(text).results().map(m -> m.group(1)).findFirst();
  }
}
