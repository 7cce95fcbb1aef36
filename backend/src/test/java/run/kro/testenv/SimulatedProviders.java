package run.kro.testenv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Installs the kwok stages of an example's {@code simulation/} folder: stand-ins for providers that do not exist on
 * the test cluster (AWS controllers, say), which fill in the status of their kinds as the real ones would. kwok reads
 * a stage's target kind once, when the stage appears, and does not try again; so each stage is applied only once the
 * API server lists its kind in discovery and publishes its schema (OpenAPI v3), which are updated separately.
 */
public final class SimulatedProviders {

  private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(30);
  private static final String FIELD_MANAGER = "kro-tests";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SimulatedProviders() {}

  /** Applies every Stage in the folder's YAML files; a folder that does not exist holds none. */
  public static void install(KubernetesClient client, Path folder) {
    for (HasMetadata stage : stages(client, folder)) {
      GenericKubernetesResource generic = (GenericKubernetesResource) stage;
      awaitPublished(client, generic.get("spec", "resourceRef", "apiGroup"), generic.get("spec", "resourceRef", "kind"));
      client.resource(stage).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
    }
  }

  private static List<HasMetadata> stages(KubernetesClient client, Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted()
          .flatMap(file -> load(client, file).stream()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static List<HasMetadata> load(KubernetesClient client, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return client.load(in).items();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Waits until discovery lists {@code kind} in {@code groupVersion} ({@code v1}: the core group) and OpenAPI too. */
  private static void awaitPublished(KubernetesClient client, String groupVersion, String kind) {
    String path = groupVersion.contains("/") ? "apis/" + groupVersion : "api/" + groupVersion;
    Instant deadline = Instant.now().plus(PUBLISHED_WITHIN);
    while (!published(client, path, kind)) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("the API server did not publish " + path + " within " + PUBLISHED_WITHIN);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + path, e);
      }
    }
  }

  private static boolean published(KubernetesClient client, String path, String kind) {
    try {
      String resources = client.raw("/" + path);
      if (resources == null) {
        return false;
      }
      boolean discovered = false;
      for (JsonNode resource : JSON.readTree(resources).path("resources")) {
        discovered |= kind.equals(resource.path("kind").asText());
      }
      return discovered && JSON.readTree(client.raw("/openapi/v3")).path("paths").has(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the API server's OpenAPI index", e);
    }
  }
}
