package run.kro.backend.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltinKindSchemasTest {

  private final BuiltinKindSchemas builtin = BuiltinKindSchemas.instance();

  @Test
  void derivesDeploymentFromTheModel() {
    KindSchema deployment = resolve("apps", "v1", "Deployment");
    assertThat(deployment.namespaced()).isTrue();
    assertThat(at(deployment, "spec", "replicas").getType()).isEqualTo("integer");
    JSONSchemaProps containers = at(deployment, "spec", "template", "spec", "containers");
    assertThat(containers.getType()).isEqualTo("array");
    JSONSchemaProps container = containers.getItems().getSchema();
    assertThat(container.getProperties().get("name").getType()).isEqualTo("string");
    assertThat(container.getProperties().get("ports").getItems().getSchema().getProperties().get("containerPort").getType())
        .isEqualTo("integer");
    assertThat(at(deployment, "metadata", "labels").getAdditionalProperties().getSchema().getType()).isEqualTo("string");
    assertThat(at(deployment, "metadata", "creationTimestamp").getFormat()).isEqualTo("date-time");
    assertThat(deployment.schema().getProperties()).containsKeys("apiVersion", "kind", "metadata", "spec", "status");
  }

  @Test
  void typesIntOrStringQuantitiesAndBytes() {
    JSONSchemaProps targetPort = at(resolve("", "v1", "Service"), "spec", "ports").getItems().getSchema()
        .getProperties().get("targetPort");
    assertThat(targetPort.getXKubernetesIntOrString()).isTrue();
    JSONSchemaProps requests = at(resolve("", "v1", "PersistentVolumeClaim"), "spec", "resources", "requests");
    assertThat(requests.getAdditionalProperties().getSchema().getXKubernetesIntOrString()).isTrue();
    assertThat(at(resolve("", "v1", "Secret"), "data").getAdditionalProperties().getSchema().getFormat()).isEqualTo("byte");
    assertThat(at(resolve("", "v1", "ConfigMap"), "data").getAdditionalProperties().getSchema().getType()).isEqualTo("string");
  }

  @Test
  void knowsScopes() {
    assertThat(resolve("", "v1", "Namespace").namespaced()).isFalse();
    assertThat(resolve("rbac.authorization.k8s.io", "v1", "ClusterRole").namespaced()).isFalse();
    assertThat(resolve("networking.k8s.io", "v1", "Ingress").namespaced()).isTrue();
    assertThat(resolve("batch", "v1", "CronJob").namespaced()).isTrue();
    assertThat(resolve("apiextensions.k8s.io", "v1", "CustomResourceDefinition").namespaced()).isFalse();
  }

  @Test
  void cutsRecursiveTypesWithAnOpenSchema() {
    JSONSchemaProps crdSchema = at(resolve("apiextensions.k8s.io", "v1", "CustomResourceDefinition"),
        "spec", "versions");
    JSONSchemaProps openApi = crdSchema.getItems().getSchema().getProperties().get("schema").getProperties()
        .get("openAPIV3Schema");
    assertThat(openApi.getProperties().get("properties").getAdditionalProperties().getSchema()
        .getXKubernetesPreserveUnknownFields()).isTrue();
  }

  @Test
  void doesNotKnowOtherKinds() {
    assertThat(builtin.resolve(new GroupVersionKind("example.com", "v1", "Widget"))).isEmpty();
    assertThat(builtin.resolve(new GroupVersionKind("apps", "v2", "Deployment"))).isEmpty();
  }

  @Test
  void everyBuiltInKindYieldsAnObjectSchemaWithMetadata() {
    List<String> broken = new ArrayList<>();
    for (GroupVersionKind gvk : builtin.kinds()) {
      try {
        JSONSchemaProps schema = builtin.resolve(gvk).orElseThrow().schema();
        if (!"object".equals(schema.getType()) || !schema.getProperties().containsKey("metadata")) {
          broken.add(gvk + ": no object schema with metadata");
        }
      } catch (RuntimeException e) {
        broken.add(gvk + ": " + e);
      }
    }
    assertThat(builtin.kinds()).hasSizeGreaterThan(80);
    assertThat(broken).isEmpty();
  }

  private KindSchema resolve(String group, String version, String kind) {
    return builtin.resolve(new GroupVersionKind(group, version, kind)).orElseThrow(
        () -> new AssertionError("unknown built-in kind " + group + "/" + version + " " + kind));
  }

  private static JSONSchemaProps at(KindSchema kind, String... path) {
    JSONSchemaProps schema = kind.schema();
    for (String field : path) {
      schema = schema.getProperties().get(field);
      assertThat(schema).as("field " + field).isNotNull();
    }
    return schema;
  }
}
