package run.kro.backend.kinds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.source.SourceDocument;
import run.kro.backend.source.YamlFiles;
import run.kro.backend.source.YamlSourceReader;
import run.kro.backend.source.YamlSyntaxException;

/**
 * Schemas of custom kinds from CustomResourceDefinitions: every served version of every CRD becomes a kind, with the
 * CRD's scope and its openAPIV3Schema (apiVersion, kind and metadata filled in when the CRD leaves them out).
 */
public final class CrdKindSchemas implements SchemaResolver {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CRD_KIND = "CustomResourceDefinition";

  private final Map<GroupVersionKind, KindSchema> kinds;

  private CrdKindSchemas(Map<GroupVersionKind, KindSchema> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  public static CrdKindSchemas of(List<CustomResourceDefinition> crds) {
    Map<GroupVersionKind, KindSchema> kinds = new HashMap<>();
    for (CustomResourceDefinition crd : crds) {
      boolean namespaced = !"Cluster".equals(crd.getSpec().getScope());
      for (CustomResourceDefinitionVersion version : crd.getSpec().getVersions()) {
        if (!Boolean.FALSE.equals(version.getServed()) && version.getSchema() != null) {
          GroupVersionKind gvk = new GroupVersionKind(crd.getSpec().getGroup(), version.getName(),
              crd.getSpec().getNames().getKind());
          kinds.put(gvk, new KindSchema(gvk, namespaced, withObjectFields(version.getSchema().getOpenAPIV3Schema())));
        }
      }
    }
    return new CrdKindSchemas(kinds);
  }

  /**
   * The CRDs in a YAML file or in the YAML files under a folder; other documents are ignored.
   *
   * @throws UncheckedIOException when a file cannot be read or parsed, naming the file
   */
  public static CrdKindSchemas fromFiles(Path path) {
    YamlSourceReader reader = new YamlSourceReader();
    List<CustomResourceDefinition> crds = new java.util.ArrayList<>();
    for (Path file : YamlFiles.under(path)) {
      try {
        for (SourceDocument document : reader.read(file.toString(), Files.readString(file))) {
          JsonNode root = document.root();
          if (CRD_KIND.equals(root.path("kind").asText()) && root.path("apiVersion").asText().startsWith("apiextensions.k8s.io/")) {
            crds.add(JSON.treeToValue(root, CustomResourceDefinition.class));
          }
        }
      } catch (YamlSyntaxException e) {
        throw new UncheckedIOException(new IOException(e.error().describeIn(file.toString()), e));
      } catch (IOException e) {
        throw new UncheckedIOException(new IOException("cannot read CRD file " + file + ": " + e.getMessage(), e));
      }
    }
    return of(crds);
  }

  /** The CRDs installed in a cluster, read once. */
  public static CrdKindSchemas fromCluster(KubernetesClient client) {
    return of(client.apiextensions().v1().customResourceDefinitions().list().getItems());
  }

  @Override
  public Optional<KindSchema> resolve(GroupVersionKind gvk) {
    return Optional.ofNullable(kinds.get(gvk));
  }

  private static JSONSchemaProps withObjectFields(JSONSchemaProps schema) {
    Map<String, JSONSchemaProps> properties = new LinkedHashMap<>();
    properties.put("apiVersion", new JSONSchemaPropsBuilder().withType("string").build());
    properties.put("kind", new JSONSchemaPropsBuilder().withType("string").build());
    properties.put("metadata", new JSONSchemaPropsBuilder().withType("object").build());
    if (schema.getProperties() != null) {
      properties.putAll(schema.getProperties());
    }
    return new JSONSchemaPropsBuilder(schema).withType("object").withProperties(properties).build();
  }
}
