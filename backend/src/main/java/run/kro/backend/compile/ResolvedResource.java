package run.kro.backend.compile;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.Optional;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.model.Resource;
import run.kro.backend.model.ResourcePaths;
import run.kro.backend.source.FieldPath;

/**
 * A resource whose kind is known: its GVK, whether it is namespaced, and its schema (empty when no
 * source knows the kind, in which case expressions that read it are checked as dynamic).
 */
record ResolvedResource(
    Resource resource,
    int index,
    GroupVersionKind gvk,
    boolean namespaced,
    Optional<JSONSchemaProps> schema) {

  String id() {
    return resource.id();
  }

  /** Where this resource's entry is in the document. */
  FieldPath entryPath() {
    return ResourcePaths.resource(index);
  }

  /** Many objects: a forEach collection, or an external reference by selector. */
  boolean isList() {
    return resource.isCollection()
        || resource.externalRef().map(r -> r.metadata().isCollection()).orElse(false);
  }

  boolean isCustomResourceDefinition() {
    return gvk.group().equals("apiextensions.k8s.io")
        && gvk.kind().equals("CustomResourceDefinition");
  }
}
