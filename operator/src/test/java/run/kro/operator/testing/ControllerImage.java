package run.kro.operator.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import run.kro.testenv.BootImage;

/**
 * The controller laid out as operator/Dockerfile lays it out, without Docker ({@link BootImage}):
 * the Boot jar extracted into its layers, the layers merged into one folder, and the class data
 * sharing archive recorded by the same training run. So the guard tests check what the image build
 * does, and the benchmark starts the controller as the image starts it.
 */
public final class ControllerImage {

  /** The layers, in the order the Dockerfile copies them. */
  public static final List<String> LAYERS = BootImage.LAYERS;

  /** The Dockerfile's extraction: {@code java -Djarmode=tools -jar application.jar} and these. */
  public static final List<String> EXTRACT = BootImage.EXTRACT;

  /** The Dockerfile's training run: {@code java} these {@code -jar application.jar}. */
  public static final List<String> TRAIN =
      List.of(
          "-XX:ArchiveClassesAtExit=application.jsa",
          "-XX:MaxRAM=1g",
          "-Dspring.aot.enabled=true",
          "-Dspring.context.exit=onRefresh");

  /** The Dockerfile's ENTRYPOINT: {@code java} these {@code -jar application.jar}. */
  public static final List<String> RUN =
      List.of(
          "-XX:SharedArchiveFile=application.jsa",
          "-Xlog:cds=off",
          "-Xlog:cds+dynamic=off",
          "-Dspring.aot.enabled=true");

  /** The Dockerfile's {@code ENV} besides the JVM options: two arenas of the C allocator. */
  public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

  private final BootImage image;

  private ControllerImage(BootImage image) {
    this.image = image;
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
    return new ControllerImage(BootImage.build(javaHome, bootJar, work, jvmOptions, TRAIN));
  }

  /** The folder the image's WORKDIR holds. */
  public Path directory() {
    return image.directory();
  }

  /**
   * The image's ENTRYPOINT arguments after {@code java} and the JVM options: the archive, then the
   * jar.
   */
  public List<String> entrypoint() {
    return image.entrypoint(RUN);
  }
}
