package run.kro.backend.cluster;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import run.kro.backend.kinds.CrdFileReader;
import run.kro.backend.kinds.CrdVersionSchemas;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.kinds.KindSchema;
import run.kro.backend.kinds.SchemaResolver;
import run.kro.backend.kinds.SchemaSourceException;

/**
 * Schemas of custom kinds taken from CustomResourceDefinitions: every served version of every CRD
 * becomes a kind, namespaced unless the CRD's scope is {@code Cluster}. Built once from a fixed set
 * of CRDs; when two CRDs define the same kind, the first one wins. Immutable and thread-safe.
 */
public final class CrdKindSchemas implements SchemaResolver {

  private final Map<GroupVersionKind, KindSchema> kinds;

  private CrdKindSchemas(List<KindSchema> schemas) {
    Map<GroupVersionKind, KindSchema> byKind = new LinkedHashMap<>();
    schemas.forEach(schema -> byKind.putIfAbsent(schema.gvk(), schema));
    this.kinds = Map.copyOf(byKind);
  }

  /** From CRD objects already in memory. */
  public static CrdKindSchemas of(Collection<CustomResourceDefinition> crds) {
    return new CrdKindSchemas(
        crds.stream().flatMap(crd -> CrdVersionSchemas.of(crd).stream()).toList());
  }

  /**
   * From CRD manifests: files, or directories searched recursively for {@code .yaml}, {@code .yml}
   * and {@code .json} files. A file may hold several documents; those that are not {@code
   * apiextensions.k8s.io/v1} CRDs are skipped.
   *
   * @throws SchemaSourceException naming the file, when one cannot be read or holds a broken CRD
   */
  public static CrdKindSchemas fromFiles(Collection<Path> paths) {
    CrdFileReader reader = new CrdFileReader();
    return new CrdKindSchemas(paths.stream().flatMap(path -> reader.read(path).stream()).toList());
  }

  /**
   * From the CRDs installed in a cluster now; CRDs installed later are not seen.
   *
   * @throws SchemaSourceException when the cluster cannot be asked
   */
  public static CrdKindSchemas fromCluster(KubernetesClient client) {
    List<CustomResourceDefinition> crds;
    try {
      crds = client.apiextensions().v1().customResourceDefinitions().list().getItems();
    } catch (KubernetesClientException e) {
      throw new SchemaSourceException(
          "cannot list the cluster's CustomResourceDefinitions: " + ClusterFailures.describe(e), e);
    }
    return of(crds);
  }

  @Override
  public Optional<KindSchema> resolve(GroupVersionKind gvk) {
    return Optional.ofNullable(kinds.get(gvk));
  }

  /** Every kind this source knows. */
  public Set<GroupVersionKind> kinds() {
    return kinds.keySet();
  }
}
