package run.kro.operator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The controller laid out as operator/Dockerfile lays it out, without Docker: the Boot jar
 * extracted into its layers, the layers merged into one folder, and the class data sharing archive
 * recorded by the same training run. So the guard tests check what the image build does, and the
 * benchmark starts the controller as the image starts it.
 */
public final class ControllerImage {

  /** The layers, in the order the Dockerfile copies them. */
  public static final List<String> LAYERS =
      List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

  /** The Dockerfile's extraction: {@code java -Djarmode=tools -jar application.jar} and these. */
  public static final List<String> EXTRACT =
      List.of("extract", "--layers", "--destination", "extracted");

  /** The Dockerfile's training run: {@code java} these {@code -jar application.jar}. */
  public static final List<String> TRAIN =
      List.of(
          "-XX:ArchiveClassesAtExit=application.jsa",
          "-Dspring.aot.enabled=true",
          "-Dspring.context.exit=onRefresh");

  /** The Dockerfile's ENTRYPOINT: {@code java} these {@code -jar application.jar}. */
  public static final List<String> RUN =
      List.of(
          "-XX:SharedArchiveFile=application.jsa",
          "-Xlog:cds=off",
          "-Xlog:cds+dynamic=off",
          "-Dspring.aot.enabled=true");

  private static final long STEP_MINUTES = 5;

  private final Path directory;

  private ControllerImage(Path directory) {
    this.directory = directory;
  }

  /**
   * Extracts {@code bootJar} into {@code work} and records the archive with the JVM options {@code
   * jvmOptions} (the archive only serves a JVM started with compatible ones).
   */
  public static ControllerImage build(Path bootJar, Path work, List<String> jvmOptions) {
    return build(Path.of(System.getProperty("java.home")), bootJar, work, jvmOptions);
  }

  /**
   * Like {@link #build(Path, Path, List)}, with the Java runtime in {@code javaHome}, which must
   * then run it.
   */
  public static ControllerImage build(
      Path javaHome, Path bootJar, Path work, List<String> jvmOptions) {
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
      ControllerImage image = new ControllerImage(merged);
      List<String> train = new ArrayList<>(List.of(java));
      train.addAll(jvmOptions);
      train.addAll(TRAIN);
      train.addAll(List.of("-jar", "application.jar"));
      run(train, merged, "train");
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay out the controller image in " + work, e);
    }
  }

  /** The folder the image's WORKDIR holds. */
  public Path directory() {
    return directory;
  }

  /**
   * The image's ENTRYPOINT arguments after {@code java} and the JVM options: the archive, then the
   * jar.
   */
  public List<String> entrypoint() {
    List<String> arguments =
        new ArrayList<>(
            RUN.stream()
                .map(
                    option ->
                        option.replace(
                            "application.jsa", directory.resolve("application.jsa").toString()))
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
