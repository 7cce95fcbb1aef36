package run.kro.backend.compile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.kinds.KindSchema;
import run.kro.backend.kinds.SchemaResolver;
import run.kro.backend.model.ExternalRef;
import run.kro.backend.model.Resource;
import run.kro.backend.model.ResourceGroup;
import run.kro.backend.model.ResourcePaths;
import run.kro.backend.model.Scope;
import run.kro.backend.source.Diagnostics;
import run.kro.backend.source.FieldPath;

/**
 * Finds the kind and schema of every resource and checks the rules that hold whatever the
 * expressions say (docs/design.md#the-compile-pipeline): a template is a Kubernetes object, its
 * apiVersion is well formed, its kind is known, cluster-scoped kinds set no namespace, namespaced
 * kinds under a cluster-scoped instance do, and kro's own labels and annotations are left to kro.
 */
final class ResourceResolution {

  static final Set<String> RESERVED_PREFIXES = Set.of("kro.run/", "internal.kro.run/");

  /**
   * Annotations a template may set although they carry kro's prefix: they are instructions to kro.
   */
  static final Set<String> TEMPLATE_ANNOTATIONS = Set.of("kro.run/deletion-policy");

  private final SchemaResolver resolver;
  private final String unknownKindAdvice;

  ResourceResolution(SchemaResolver resolver, String unknownKindAdvice) {
    this.resolver = resolver;
    this.unknownKindAdvice = unknownKindAdvice;
  }

  /**
   * The resources that could be resolved, in declaration order; problems go to {@code diagnostics}.
   */
  List<ResolvedResource> resolve(ResourceGroup rg, Diagnostics diagnostics) {
    boolean instanceNamespaced = rg.spec().schema().scope() == Scope.Namespaced;
    List<ResolvedResource> resolved = new ArrayList<>();
    List<Resource> resources = rg.spec().resources();
    for (int index = 0; index < resources.size(); index++) {
      Resource resource = resources.get(index);
      Place place = new Place(diagnostics, resource.id(), ResourcePaths.resource(index));
      Optional<ObjectHeader> header =
          resource
              .externalRef()
              .map(ObjectHeader::of)
              .or(() -> resource.template().flatMap(t -> ObjectHeader.of(t, place)));
      if (header.isEmpty()) {
        continue;
      }
      Optional<GroupVersionKind> gvk =
          GroupVersionKind.fromApiVersion(header.get().apiVersion(), header.get().kind());
      if (gvk.isEmpty()) {
        place.error(
            header.get().apiVersionPath(),
            "invalid apiVersion format: \"" + header.get().apiVersion() + "\"");
        continue;
      }
      Optional<KindSchema> kind = resolver.resolve(gvk.get());
      if (kind.isEmpty()) {
        place.error(
            header.get().kindPath(),
            "failed to get schema for resource "
                + resource.id()
                + ": schema not found for "
                + gvk.get().apiVersion()
                + " "
                + gvk.get().kind()
                + " (not a built-in kind and no CRD defines it; "
                + unknownKindAdvice
                + ")");
      }
      boolean namespaced = kind.map(KindSchema::namespaced).orElse(true);
      ResolvedResource result =
          new ResolvedResource(
              resource, index, gvk.get(), namespaced, kind.map(KindSchema::schema));
      checkScope(result, instanceNamespaced, place);
      resource.template().ifPresent(template -> checkReservedMetadata(template, place));
      resolved.add(result);
    }
    return resolved;
  }

  private static void checkScope(
      ResolvedResource resource, boolean instanceNamespaced, Place place) {
    JsonNode namespace =
        resource
            .resource()
            .template()
            .map(t -> t.path("metadata").path("namespace"))
            .or(
                () ->
                    resource
                        .resource()
                        .externalRef()
                        .map(
                            r ->
                                r.metadata()
                                    .namespace()
                                    .map(n -> (JsonNode) TextNode.valueOf(n))
                                    .orElse(MissingNode.getInstance())))
            .orElse(MissingNode.getInstance());
    boolean hasNamespace = !namespace.isMissingNode() && !namespace.isNull();
    FieldPath namespacePath =
        resource.resource().isExternal()
            ? FieldPath.of("externalRef", "metadata", "namespace")
            : FieldPath.of("template", "metadata", "namespace");
    if (!resource.namespaced() && hasNamespace) {
      place.error(
          namespacePath,
          "resource \""
              + resource.id()
              + "\" is cluster-scoped and must not set metadata.namespace");
    }
    boolean externalCollection =
        resource.resource().externalRef().map(r -> r.metadata().isCollection()).orElse(false);
    if (resource.namespaced()
        && !instanceNamespaced
        && !externalCollection
        && (!hasNamespace || (namespace.isTextual() && namespace.asText().isBlank()))) {
      place.error(
          namespacePath,
          "resource \""
              + resource.id()
              + "\" is namespaced and must set metadata.namespace when the instance CRD is cluster-scoped");
    }
  }

  private static void checkReservedMetadata(JsonNode template, Place place) {
    checkReservedKeys(template.path("metadata").path("labels"), "labels", Set.of(), place);
    checkReservedKeys(
        template.path("metadata").path("annotations"), "annotations", TEMPLATE_ANNOTATIONS, place);
  }

  private static void checkReservedKeys(
      JsonNode map, String what, Set<String> allowed, Place place) {
    for (Iterator<String> keys = map.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (allowed.contains(key)) {
        continue;
      }
      RESERVED_PREFIXES.stream()
          .filter(key::startsWith)
          .findFirst()
          .ifPresent(
              prefix ->
                  place.error(
                      FieldPath.of("template", "metadata", what, key),
                      "invalid "
                          + what.substring(0, what.length() - 1)
                          + " for resource \""
                          + place.id()
                          + "\". "
                          + what
                          + " with prefix \""
                          + prefix
                          + "\" are reserved for internal use"));
    }
  }

  /** Reports errors of one resource, with paths relative to its entry. */
  record Place(Diagnostics diagnostics, String id, FieldPath entry) {
    void error(FieldPath relative, String message) {
      FieldPath absolute = entry.resolve(relative);
      FieldPath root =
          relative.startsWith(FieldPath.of("template")) ? entry.field("template") : entry;
      diagnostics.error(Stage.RESOURCE, id, root, absolute, message);
    }
  }

  /** apiVersion and kind of a template or external reference, and where they are. */
  record ObjectHeader(
      String apiVersion, String kind, FieldPath apiVersionPath, FieldPath kindPath) {

    static ObjectHeader of(ExternalRef ref) {
      return new ObjectHeader(
          ref.apiVersion(),
          ref.kind(),
          FieldPath.of("externalRef", "apiVersion"),
          FieldPath.of("externalRef", "kind"));
    }

    /** kro's object-structure check: apiVersion and kind strings and a metadata map. */
    static Optional<ObjectHeader> of(JsonNode template, Place place) {
      FieldPath at = FieldPath.of("template");
      if (!template.isObject()) {
        place.error(at, "template is not a valid Kubernetes object: expected a map");
        return Optional.empty();
      }
      List<String> problems = new ArrayList<>();
      for (String field : List.of("apiVersion", "kind")) {
        JsonNode value = template.get(field);
        if (value == null) {
          problems.add(field + " field not found");
        } else if (!value.isTextual() || value.asText().isEmpty()) {
          problems.add(field + " field is not a string");
        }
      }
      JsonNode metadata = template.get("metadata");
      if (metadata == null) {
        problems.add("metadata field not found");
      } else if (!metadata.isObject()) {
        problems.add("metadata field is not a map");
      }
      problems.forEach(p -> place.error(at, "template is not a valid Kubernetes object: " + p));
      if (!problems.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new ObjectHeader(
              template.get("apiVersion").asText(),
              template.get("kind").asText(),
              at.field("apiVersion"),
              at.field("kind")));
    }
  }
}
