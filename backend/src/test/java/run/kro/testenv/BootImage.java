package run.kro.testenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spring Boot jar laid out as the images' Dockerfiles lay it out, without Docker: extracted into
 * its layers, the layers merged into one folder, and a class data sharing archive ({@code
 * application.jsa}) recorded by a training run. The controller's image ({@code
 * operator/Dockerfile}) and the console's ({@code ui/Dockerfile}) are both built this way; each
 * names its own training and start options.
 */
public final class BootImage {

  /** The layers, in the order the Dockerfiles copy them. */
  public static final List<String> LAYERS =
      List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

  /** The Dockerfiles' extraction: {@code java -Djarmode=tools -jar application.jar} and these. */
  public static final List<String> EXTRACT =
      List.of("extract", "--layers", "--destination", "extracted");

  /** The archive the training run records, in the image's working directory. */
  public static final String ARCHIVE = "application.jsa";

  private static final long STEP_MINUTES = 5;

  /**
   * What a Dockerfile runs with its extracted jar: the training run's options ({@code RUN java
   * <training> -jar application.jar}) and the start's ({@code ENTRYPOINT ["java", <start>, "-jar",
   * "application.jar"]}).
   */
  public record Recipe(List<String> training, List<String> start) {

    private static final Pattern TRAINING =
        Pattern.compile("(?m)^RUN java (-XX:ArchiveClassesAtExit=.*) -jar application\\.jar\\s*$");
    private static final Pattern START =
        Pattern.compile("(?m)^ENTRYPOINT \\[\"java\", (.*), \"-jar\", \"application\\.jar\"]\\s*$");

    /** The recipe of the Dockerfile {@code text}; empty lists where it has no such line. */
    public static Recipe of(String text) {
      Matcher training = TRAINING.matcher(text);
      Matcher start = START.matcher(text);
      return new Recipe(
          training.find() ? List.of(training.group(1).split(" ")) : List.of(),
          start.find() ? List.of(start.group(1).replace("\"", "").split(", ")) : List.of());
    }

    /** The recipe of the Dockerfile at {@code file}. */
    public static Recipe read(Path file) {
      try {
        return of(Files.readString(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }

  private final Path directory;

  private BootImage(Path directory) {
    this.directory = directory;
  }

  /**
   * Extracts {@code bootJar} into {@code work} and runs the training run, {@code java jvmOptions
   * training -jar application.jar}, in the merged folder with the Java runtime in {@code javaHome}
   * (which must then run it; the archive only serves a JVM started with compatible options).
   */
  public static BootImage build(
      Path javaHome, Path bootJar, Path work, List<String> jvmOptions, List<String> training) {
    String java = javaHome.resolve("bin").resolve("java").toString();
    try {
      Files.createDirectories(work);
      // The extraction refuses a folder that is not empty: start from none, as the image build
      // does.
      deleteTree(work.resolve("extracted"));
      deleteTree(work.resolve("application"));
      Path jar =
          Files.copy(bootJar, work.resolve("application.jar"), StandardCopyOption.REPLACE_EXISTING);
      List<String> extract =
          new ArrayList<>(List.of(java, "-Djarmode=tools", "-jar", jar.toString()));
      extract.addAll(EXTRACT);
      run(extract, work, "extract");
      Path merged = Files.createDirectories(work.resolve("application"));
      for (String layer : LAYERS) {
        copyTree(work.resolve("extracted").resolve(layer), merged);
      }
      List<String> train = new ArrayList<>(List.of(java));
      train.addAll(jvmOptions);
      train.addAll(training);
      train.addAll(List.of("-jar", "application.jar"));
      run(train, merged, "train");
      return new BootImage(merged);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay out the image of " + bootJar + " in " + work, e);
    }
  }

  /** The folder the image's WORKDIR holds. */
  public Path directory() {
    return directory;
  }

  /**
   * The image's ENTRYPOINT arguments after {@code java} and the JVM options: {@code start} (the
   * archive's name made absolute), then the jar.
   */
  public List<String> entrypoint(List<String> start) {
    List<String> arguments =
        new ArrayList<>(
            start.stream()
                .map(option -> option.replace(ARCHIVE, directory.resolve(ARCHIVE).toString()))
                .toList());
    arguments.addAll(List.of("-jar", directory.resolve("application.jar").toString()));
    return arguments;
  }

  private static void run(List<String> command, Path directory, String step) {
    Path log = directory.resolve(step + ".log");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().remove("JAVA_TOOL_OPTIONS");
      Process process = builder.start();
      if (!process.waitFor(STEP_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            step + " did not finish in " + STEP_MINUTES + " minutes: " + command);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            step
                + " failed with exit code "
                + process.exitValue()
                + ": "
                + command
                + "\n"
                + Files.readString(log));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + command, e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
