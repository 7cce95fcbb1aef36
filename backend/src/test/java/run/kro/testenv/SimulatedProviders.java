package run.kro.testenv;

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
import run.kro.backend.kinds.KindPublication;

/**
 * Installs the kwok stages of an example's {@code simulation/} folder: stand-ins for providers that
 * do not exist on the test cluster (AWS controllers, say), which fill in the status of their kinds
 * as the real ones would. kwok reads a stage's target kind once, when the stage appears, and does
 * not try again; so each stage is applied only once the API server publishes its kind completely.
 */
public final class SimulatedProviders {

  private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(30);
  private static final String FIELD_MANAGER = "kro-tests";

  private SimulatedProviders() {}

  /** Applies every Stage in the folder's YAML files; a folder that does not exist holds none. */
  public static void install(KubernetesClient client, Path folder) {
    for (HasMetadata stage : stages(client, folder)) {
      GenericKubernetesResource generic = (GenericKubernetesResource) stage;
      awaitPublished(
          client,
          new KindPublication(
              generic.get("spec", "resourceRef", "apiGroup"),
              generic.get("spec", "resourceRef", "kind")));
      client.resource(stage).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
    }
  }

  private static List<HasMetadata> stages(KubernetesClient client, Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .sorted()
          .flatMap(file -> load(client, file).stream())
          .toList();
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

  /**
   * Waits until the API server publishes {@code target} completely (see {@link KindPublication}).
   */
  private static void awaitPublished(KubernetesClient client, KindPublication target) {
    Instant deadline = Instant.now().plus(PUBLISHED_WITHIN);
    while (!target.publishedIn(client.raw(target.discoveryPath()), client.raw("/openapi/v3"))) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "the API server did not publish " + target + " within " + PUBLISHED_WITHIN);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + target, e);
      }
    }
  }
}
