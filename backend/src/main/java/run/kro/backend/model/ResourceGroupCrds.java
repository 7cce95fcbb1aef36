package run.kro.backend.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The CRDs of ResourceGroup and ResourceGraphDefinition, and of the GraphRevisions the controller
 * issues for them, as shipped in {@code helm/crds} and packaged in this jar.
 */
public final class ResourceGroupCrds {

  private static final String DIRECTORY = "/kro-crds/";
  private static final String GRAPH_REVISIONS = "internal.kro.run_graphrevisions.yaml";
  private static final Map<ResourceGroupKind, CustomResourceDefinition> CRDS = load();
  private static final CustomResourceDefinition GRAPH_REVISION_CRD = read(GRAPH_REVISIONS);

  private ResourceGroupCrds() {}

  public static CustomResourceDefinition crd(ResourceGroupKind kind) {
    return CRDS.get(kind);
  }

  /** The CRD of GraphRevision ({@code internal.kro.run}). */
  public static CustomResourceDefinition graphRevision() {
    return GRAPH_REVISION_CRD;
  }

  /** Every CRD KRO itself defines: ResourceGroup, ResourceGraphDefinition and GraphRevision. */
  public static List<CustomResourceDefinition> all() {
    List<CustomResourceDefinition> all = new ArrayList<>(CRDS.values());
    all.add(GRAPH_REVISION_CRD);
    return all;
  }

  /** The openAPIV3Schema of the kind's only version. */
  public static JSONSchemaProps schema(ResourceGroupKind kind) {
    return crd(kind).getSpec().getVersions().get(0).getSchema().getOpenAPIV3Schema();
  }

  /** The file name under {@code helm/crds}, as controller-gen names CRD files. */
  public static String fileName(ResourceGroupKind kind) {
    return ResourceGroupKind.GROUP + "_" + kind.plural() + ".yaml";
  }

  private static Map<ResourceGroupKind, CustomResourceDefinition> load() {
    Map<ResourceGroupKind, CustomResourceDefinition> crds = new EnumMap<>(ResourceGroupKind.class);
    for (ResourceGroupKind kind : ResourceGroupKind.values()) {
      crds.put(kind, read(fileName(kind)));
    }
    return crds;
  }

  private static CustomResourceDefinition read(String fileName) {
    String resource = DIRECTORY + fileName;
    try (InputStream in = ResourceGroupCrds.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing packaged CRD " + resource);
      }
      return new ObjectMapper(new YAMLFactory()).readValue(in, CustomResourceDefinition.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read packaged CRD " + resource, e);
    }
  }
}
