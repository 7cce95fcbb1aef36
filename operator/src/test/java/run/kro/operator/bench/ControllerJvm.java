package run.kro.operator.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import run.kro.operator.testing.ControllerImage;

/**
 * A controller as it ships, in a JVM of its own: the packaged Spring Boot jar laid out and started
 * as its image does ({@link ControllerImage}), so that its CPU time, resident memory and start time
 * are its own and not the benchmark's. Linux only (RSS and threads from /proc).
 */
final class ControllerJvm implements AutoCloseable {

  /** The jar the bench profile packaged (set by operator/pom.xml). */
  static final String JAR_PROPERTY = "kro.bench.controller-jar";

  /**
   * The Java runtime that runs the controller; the benchmark's own by default (e.g. to compare JDK
   * 17 and 25).
   */
  static final String JAVA_HOME_PROPERTY = "kro.bench.controller-java-home";

  /**
   * More JVM options for the controller, after the measured ones, e.g. to record a profile with
   * JFR.
   */
  static final String EXTRA_OPTIONS_PROPERTY = "kro.bench.controller-extra-options";

  /**
   * USER_HZ: the unit of the CPU times in /proc/[pid]/task/[tid]/stat (100 on every Linux we know).
   */
  private static final long CLOCK_TICKS = 100;

  private static final Duration START_PATIENCE = Duration.ofMinutes(2);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private final Process process;
  private final URI readiness;
  private final long startNanos;

  private ControllerJvm(Process process, URI readiness, long startNanos) {
    this.process = process;
    this.readiness = readiness;
    this.startNanos = startNanos;
  }

  /**
   * Starts {@code java <jvmOptions> <image's entrypoint> <arguments>} with the controller's probes
   * on a free port, output to {@code log}.
   */
  static ControllerJvm start(
      List<String> jvmOptions, ControllerImage image, List<String> arguments, Path log) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(javaHome().resolve("bin").resolve("java").toString());
    command.addAll(jvmOptions);
    Arrays.stream(System.getProperty(EXTRA_OPTIONS_PROPERTY, "").split("\\s+"))
        .filter(o -> !o.isEmpty())
        .forEach(command::add);
    command.addAll(image.entrypoint());
    command.add("--server.port=" + port);
    command.addAll(arguments);
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(image.directory().toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
      // What the shell that runs the benchmark may set must not change the measured settings.
      builder.environment().remove("JAVA_TOOL_OPTIONS");
      builder.environment().remove("JDK_JAVA_OPTIONS");
      builder.environment().putAll(ControllerImage.ENVIRONMENT);
      long start = System.nanoTime();
      return new ControllerJvm(
          builder.start(),
          URI.create("http://localhost:" + port + "/actuator/health/readiness"),
          start);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  /**
   * Seconds from the start of the process until its readiness probe answers 200 (caches synced,
   * leading).
   */
  double awaitReady() {
    Awaitility.await()
        .atMost(START_PATIENCE)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(20))
        .until(this::ready);
    return BenchCluster.secondsSince(startNanos);
  }

  /** CPU time of every thread of the process so far (user and system). */
  Duration cpu() {
    return process
        .info()
        .totalCpuDuration()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the OS does not report the CPU time of process " + process.pid()));
  }

  /**
   * Resident set size: the memory the process really holds, heap, metaspace, code, thread stacks
   * and all.
   */
  long rssBytes() {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the RSS of process " + process.pid(), e);
    }
  }

  /**
   * CPU time so far by thread group (the kernel's 15-character thread names without their numbers),
   * to tell the JIT compilers, the GC and the controller's own threads apart. Linux only; empty
   * elsewhere.
   */
  Map<String, Duration> cpuByThread() {
    Map<String, Duration> byGroup = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
      for (Path task : tasks.toList()) {
        String stat = Files.readString(task.resolve("stat"));
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        byGroup.merge(
            name.replaceAll("[-#]?\\d+$", ""),
            Duration.ofMillis(ticks * 1000 / CLOCK_TICKS),
            Duration::plus);
      }
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
    return byGroup;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(1, TimeUnit.MINUTES)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private boolean ready() {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          "the controller exited with code " + process.exitValue() + " before it was ready");
    }
    try {
      return HTTP.send(
                  HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(1)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static Path javaHome() {
    return Path.of(System.getProperty(JAVA_HOME_PROPERTY, System.getProperty("java.home")));
  }

  /** The Boot jar the bench profile packaged. */
  static Path jar() {
    String jar = System.getProperty(JAR_PROPERTY);
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "the controller jar (-D"
              + JAR_PROPERTY
              + ") is missing: "
              + jar
              + "; the bench profile packages it before it runs");
    }
    return Path.of(jar);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }
}
