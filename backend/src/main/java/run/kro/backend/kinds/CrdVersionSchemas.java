package run.kro.backend.kinds;

import static run.kro.backend.kinds.SchemaShapes.STRING;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionSpec;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one CustomResourceDefinition into the schemas of its served versions. Like the API server
 * when it publishes a CRD's OpenAPI, the object's {@code apiVersion}, {@code kind} and full {@code
 * metadata} (ObjectMeta) are filled in when the CRD leaves them out or declares metadata as a bare
 * object.
 */
public final class CrdVersionSchemas {

  static final String CLUSTER_SCOPE = "Cluster";
  static final String API_VERSION = "apiVersion";
  static final String KIND = "kind";
  static final String METADATA = "metadata";

  private static final ModelSchemaDeriver DERIVER = new ModelSchemaDeriver();

  private CrdVersionSchemas() {}

  /**
   * The served versions of {@code crd}; fails with a message naming the CRD when it lacks group,
   * kind or versions.
   */
  public static List<KindSchema> of(CustomResourceDefinition crd) {
    String name =
        Optional.ofNullable(crd.getMetadata()).map(ObjectMeta::getName).orElse("(unnamed)");
    CustomResourceDefinitionSpec spec = crd.getSpec();
    if (spec == null || isBlank(spec.getGroup())) {
      throw new SchemaSourceException("CustomResourceDefinition " + name + " has no spec.group");
    }
    if (spec.getNames() == null || isBlank(spec.getNames().getKind())) {
      throw new SchemaSourceException(
          "CustomResourceDefinition " + name + " has no spec.names.kind");
    }
    boolean namespaced = !CLUSTER_SCOPE.equals(spec.getScope());
    List<KindSchema> schemas = new ArrayList<>();
    for (CustomResourceDefinitionVersion version :
        Optional.ofNullable(spec.getVersions()).orElse(List.of())) {
      if (Boolean.TRUE.equals(version.getServed()) && !isBlank(version.getName())) {
        GroupVersionKind gvk =
            new GroupVersionKind(spec.getGroup(), version.getName(), spec.getNames().getKind());
        schemas.add(new KindSchema(gvk, namespaced, objectSchema(version)));
      }
    }
    return schemas;
  }

  private static JSONSchemaProps objectSchema(CustomResourceDefinitionVersion version) {
    JSONSchemaProps declared =
        version.getSchema() == null ? null : version.getSchema().getOpenAPIV3Schema();
    JSONSchemaProps schema =
        declared == null
            ? SchemaShapes.anyObject()
            : new JSONSchemaPropsBuilder(declared)
                .build(); // a deep copy: the caller's CRD stays untouched
    Map<String, JSONSchemaProps> declaredProperties =
        schema.getProperties() == null ? Map.of() : schema.getProperties();
    Map<String, JSONSchemaProps> properties = new LinkedHashMap<>();
    properties.put(
        API_VERSION,
        declaredProperties.getOrDefault(API_VERSION, SchemaShapes.scalar(STRING, null)));
    properties.put(KIND, declaredProperties.getOrDefault(KIND, SchemaShapes.scalar(STRING, null)));
    JSONSchemaProps metadata = declaredProperties.get(METADATA);
    boolean bareMetadata =
        metadata == null || metadata.getProperties() == null || metadata.getProperties().isEmpty();
    properties.put(METADATA, bareMetadata ? DERIVER.derive(ObjectMeta.class) : metadata);
    declaredProperties.forEach(properties::putIfAbsent);
    schema.setProperties(properties);
    if (schema.getType() == null) {
      schema.setType(SchemaShapes.OBJECT);
    }
    return schema;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
