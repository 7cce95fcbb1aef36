package run.kro.backend.compile;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.model.Scope;

/**
 * The schema expressions see as {@code schema}: the instance's apiVersion, kind, full ObjectMeta
 * (without namespace for a cluster-scoped API) and spec — never its status (docs/design.md#scope).
 */
final class InstanceType {

  private InstanceType() {}

  static JSONSchemaProps schema(
      Optional<JSONSchemaProps> spec, Optional<JSONSchemaProps> objectMeta, Scope scope) {
    Map<String, JSONSchemaProps> properties = new LinkedHashMap<>();
    properties.put("apiVersion", new JSONSchemaPropsBuilder().withType("string").build());
    properties.put("kind", new JSONSchemaPropsBuilder().withType("string").build());
    properties.put(
        "metadata",
        objectMeta
            .map(meta -> scope == Scope.Cluster ? withoutNamespace(meta) : meta)
            .orElseGet(
                () ->
                    new JSONSchemaPropsBuilder()
                        .withType("object")
                        .withXKubernetesPreserveUnknownFields(true)
                        .build()));
    properties.put(
        "spec",
        spec.orElseGet(
            () ->
                new JSONSchemaPropsBuilder()
                    .withType("object")
                    .withXKubernetesPreserveUnknownFields(true)
                    .build()));
    return new JSONSchemaPropsBuilder().withType("object").withProperties(properties).build();
  }

  private static JSONSchemaProps withoutNamespace(JSONSchemaProps objectMeta) {
    Map<String, JSONSchemaProps> properties = new LinkedHashMap<>(objectMeta.getProperties());
    properties.remove("namespace");
    return new JSONSchemaPropsBuilder(objectMeta).withProperties(properties).build();
  }
}
