package run.kro.operator.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * The test API server's audit log, read as the source of truth for what a client did: one JSON line
 * per request stage; completed writes are counted by user. The user of a request is the one it
 * acted as: the impersonated user when the client impersonated one (the controller writing as a
 * service account), else the authenticated one.
 */
public final class AuditLog {

  private static final Set<String> WRITES =
      Set.of("create", "update", "patch", "delete", "deletecollection");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public AuditLog(Path file) {
    this.file = file;
  }

  /** A place in the log; entries after it are what happened since. */
  public long mark() {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Completed write requests by {@code user} since {@code mark}, as "verb resource namespace/name"
   * lines.
   */
  public List<String> writesSince(long mark, String user) {
    return completedBy(mark, user)
        .filter(e -> WRITES.contains(e.path("verb").asText()))
        .map(
            e ->
                e.path("verb").asText()
                    + " "
                    + e.path("objectRef").path("resource").asText()
                    + (e.path("objectRef").path("subresource").isMissingNode()
                        ? ""
                        : "/" + e.path("objectRef").path("subresource").asText())
                    + " "
                    + e.path("objectRef").path("namespace").asText("")
                    + "/"
                    + e.path("objectRef").path("name").asText(""))
        .toList();
  }

  /**
   * How many completed requests of each kind {@code user} made since {@code mark}, e.g. {@code
   * "patch configmaps"}.
   */
  public Map<String, Long> requestCountsSince(long mark, String user) {
    return completedBy(mark, user)
        .collect(
            Collectors.groupingBy(
                e ->
                    e.path("verb").asText()
                        + " "
                        + e.path("objectRef").path("resource").asText(e.path("requestURI").asText())
                        + (e.path("objectRef").has("subresource")
                            ? "/" + e.path("objectRef").path("subresource").asText()
                            : ""),
                TreeMap::new,
                Collectors.counting()));
  }

  /**
   * Mean time the API server took, in milliseconds, for each kind of request {@code user} made
   * since {@code mark}.
   */
  public Map<String, Double> serverMillisSince(long mark, String user) {
    return completedBy(mark, user)
        .collect(
            Collectors.groupingBy(
                e -> e.path("verb").asText() + " " + e.path("objectRef").path("resource").asText(),
                TreeMap::new,
                Collectors.averagingDouble(
                    e ->
                        Duration.between(
                                    Instant.parse(e.path("requestReceivedTimestamp").asText()),
                                    Instant.parse(e.path("stageTimestamp").asText()))
                                .toNanos()
                            / 1e6)));
  }

  /**
   * Waits until {@code user} has written nothing for two seconds: the events of its own writes have
   * settled.
   */
  public void awaitQuiet(String user) {
    long[] since = {mark()};
    Awaitility.await()
        .atMost(Cluster.PATIENCE)
        .pollDelay(Duration.ofSeconds(2))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              boolean quiet = writesSince(since[0], user).isEmpty();
              since[0] = mark();
              return quiet;
            });
  }

  /**
   * How many completed writes {@code user} made to each object since {@code mark}, by "resource
   * namespace/name" (writes to a subresource such as {@code status} count for the object).
   */
  public Map<String, Long> objectWritesSince(long mark, String user) {
    return completedBy(mark, user)
        .filter(e -> WRITES.contains(e.path("verb").asText()))
        .collect(
            Collectors.groupingBy(
                e ->
                    e.path("objectRef").path("resource").asText()
                        + " "
                        + e.path("objectRef").path("namespace").asText("")
                        + "/"
                        + e.path("objectRef").path("name").asText(""),
                TreeMap::new,
                Collectors.counting()));
  }

  /**
   * The requests {@code user} completed since {@code mark} (the log has a line per stage of each
   * request).
   */
  private Stream<JsonNode> completedBy(long mark, String user) {
    return entriesSince(mark)
        .filter(e -> "ResponseComplete".equals(e.path("stage").asText()))
        .filter(e -> user.equals(actor(e)));
  }

  private static String actor(JsonNode entry) {
    JsonNode impersonated = entry.path("impersonatedUser").path("username");
    return impersonated.isTextual()
        ? impersonated.asText()
        : entry.path("user").path("username").asText();
  }

  private Stream<JsonNode> entriesSince(long mark) {
    if (mark() < mark) {
      throw new IllegalStateException(
          "the audit log "
              + file
              + " was rotated since the mark; raise the API server's "
              + "--audit-log-maxsize");
    }
    try (var in = Files.newInputStream(file)) {
      // The mark may fall inside a line being written: read from the byte before it and drop a
      // partial first line.
      in.skipNBytes(Math.max(0, mark - 1));
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (mark > 0) {
        text = text.startsWith("\n") ? text.substring(1) : text.substring(text.indexOf('\n') + 1);
      }
      return text.lines().filter(l -> !l.isBlank()).map(AuditLog::parse).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + line, e);
    }
  }
}
