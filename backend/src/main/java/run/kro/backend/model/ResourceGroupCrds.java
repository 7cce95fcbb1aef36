package run.kro.backend.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The CRDs of ResourceGroup and ResourceGraphDefinition, as shipped in {@code helm/crds} and
 * packaged in this jar.
 */
public final class ResourceGroupCrds {

  private static final String DIRECTORY = "/kro-crds/";
  private static final Map<ResourceGroupKind, CustomResourceDefinition> CRDS = load();

  private ResourceGroupCrds() {}

  public static CustomResourceDefinition crd(ResourceGroupKind kind) {
    return CRDS.get(kind);
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
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Map<ResourceGroupKind, CustomResourceDefinition> crds = new EnumMap<>(ResourceGroupKind.class);
    for (ResourceGroupKind kind : ResourceGroupKind.values()) {
      String resource = DIRECTORY + fileName(kind);
      try (InputStream in = ResourceGroupCrds.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing packaged CRD " + resource);
        }
        crds.put(kind, yaml.readValue(in, CustomResourceDefinition.class));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read packaged CRD " + resource, e);
      }
    }
    return crds;
  }
}
