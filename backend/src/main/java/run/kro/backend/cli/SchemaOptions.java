package run.kro.backend.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import run.kro.backend.cluster.ClusterOpenApiSchemas;
import run.kro.backend.cluster.CompositeSchemaResolver;
import run.kro.backend.cluster.CrdKindSchemas;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.kinds.SchemaResolver;

/**
 * Where schemas of the kinds in templates come from: built-in kinds, CRD files, and optionally a
 * live cluster.
 */
final class SchemaOptions {

  @Option(
      names = "--crds",
      paramLabel = "PATH",
      description = "CRD files or folders whose kinds templates may use (repeatable).")
  List<Path> crds = new ArrayList<>();

  @Option(
      names = "--cluster",
      description =
          "Also read schemas from the cluster of the current kubeconfig context (its OpenAPI v3 and CRDs).")
  boolean cluster;

  /** The resolver, and the client to close when done (only with --cluster). */
  Resolver resolver() {
    List<SchemaResolver> sources = new ArrayList<>();
    KubernetesClient client = null;
    if (cluster) {
      client = new KubernetesClientBuilder().build();
      sources.add(new ClusterOpenApiSchemas(client));
      sources.add(CrdKindSchemas.fromCluster(client));
    }
    for (Path path : crds) {
      sources.add(CrdKindSchemas.fromFiles(List.of(path)));
    }
    sources.add(BuiltinKindSchemas.shared());
    return new Resolver(new CompositeSchemaResolver(sources), client);
  }

  /** A resolver that may hold a cluster connection. */
  record Resolver(SchemaResolver schemas, KubernetesClient client) implements AutoCloseable {
    @Override
    public void close() {
      if (client != null) {
        client.close();
      }
    }
  }
}
