package run.kro.ui.bench;

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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import run.kro.backend.bench.BenchTable;
import run.kro.testenv.BootImage;
import run.kro.testenv.ChartJavaOptions;

/**
 * The console as it ships, in a JVM of its own: the packaged jar laid out as ui/Dockerfile lays it
 * out ({@link BootImage}: extracted, its class data sharing archive recorded by the Dockerfile's
 * training run) and started as its ENTRYPOINT starts it, with the chart's JVM options ({@code
 * console.javaOptions}, and {@code -XX:MaxRAM} set to its memory limit), against the benchmark's
 * API server. Measures process start → first HTTP answer (any status: the sign-in redirect counts),
 * the process's CPU time until then, and its resident memory once it answers. One warm-up start
 * first (disk cache). Linux only (RSS from /proc).
 */
final class ConsoleStart {

  /** The console jar to start; the one this build packaged by default (set by ui/pom.xml). */
  static final String JAR_PROPERTY = "kro.bench.console-jar";

  private static final Duration PATIENCE = Duration.ofMinutes(5);
  private static final double MIB = 1024.0 * 1024.0;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(1))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final Path jar;
  private final Path kubeconfig;
  private final Path logs;

  ConsoleStart(Path jar, Path kubeconfig, Path logs) {
    this.jar = jar;
    this.kubeconfig = kubeconfig;
    this.logs = logs;
  }

  List<BenchTable.Row> measure() {
    List<String> options = ChartJavaOptions.of("console");
    BootImage.Recipe recipe = BootImage.Recipe.read(Path.of("..", "ui", "Dockerfile"));
    BootImage image =
        BootImage.build(
            Path.of(System.getProperty("java.home")),
            jar,
            logs.resolve("console-image"),
            options,
            recipe.training());
    List<String> command = new ArrayList<>(options);
    command.addAll(image.entrypoint(recipe.start()));
    startAndStop(command, "warm-up");
    Started started = startAndStop(command, "measured");
    String build = productionBuild() ? "production build" : "development build";
    String settings =
        "chart's JVM settings ("
            + String.join(" ", options)
            + "), "
            + build
            + ", started as its image starts it (class data sharing archive)";
    return List.of(
        new BenchTable.Row(
            "console",
            "start → first HTTP answer, " + settings,
            "embedded sign-in provider, empty cluster",
            String.format(
                Locale.ROOT,
                "**%.1f s** (%.1f s CPU until then)",
                started.seconds(),
                started.cpu().toMillis() / 1000.0),
            "—"),
        new BenchTable.Row(
            "console",
            "RSS at that first answer, " + settings,
            "embedded sign-in provider, empty cluster",
            String.format(Locale.ROOT, "**%.0f MiB**", started.rssBytes() / MIB),
            "—"));
  }

  private record Started(double seconds, Duration cpu, long rssBytes) {}

  /** Starts {@code java jvmArguments} (options, then the jar) until it answers, then stops it. */
  private Started startAndStop(List<String> jvmArguments, String name) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArguments);
    command.addAll(List.of("--server.port=" + port, "--kro.kubernetes.kubeconfig=" + kubeconfig));
    Path log = logs.resolve("console-" + name + ".log");
    try {
      Files.createDirectories(logs);
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().remove("JAVA_TOOL_OPTIONS");
      builder.environment().remove("JDK_JAVA_OPTIONS");
      long start = System.nanoTime();
      Process process = builder.start();
      try {
        awaitAnswer(process, URI.create("http://localhost:" + port + "/"), log);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Started(
            seconds, process.info().totalCpuDuration().orElse(Duration.ZERO), rss(process));
      } finally {
        process.destroy();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
          process.destroyForcibly();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the console: " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the console", e);
    }
  }

  private static void awaitAnswer(Process process, URI uri, Path log)
      throws InterruptedException, IOException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the console exited with code " + process.exitValue() + "; its log: " + log);
      }
      try {
        HTTP.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(1)).build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        // Polling the start, not waiting on a condition of the system under test.
        TimeUnit.MILLISECONDS.sleep(20);
      }
    }
    throw new IllegalStateException("the console did not answer within " + PATIENCE + "; " + log);
  }

  /** Whether the jar carries its front-end bundle (a production build) rather than preparing it. */
  private boolean productionBuild() {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.getEntry("META-INF/VAADIN/webapp/index.html") != null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    }
  }

  private static long rss(Process process) {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
          .findFirst()
          .orElse(0);
    } catch (IOException e) {
      return 0;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }
}
