package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.Evaluated;
import run.kro.backend.api.ExternalTarget;
import run.kro.backend.api.ResourceShape;

/**
 * Where an external reference points (docs/design.md#external-references), from its rendered
 * metadata: by name, in its namespace or else the instance's (none for cluster-scoped kinds); or by
 * selector, in its namespace or else in all namespaces.
 */
final class ExternalTargetResolver {

  private final TemplateRenderer templates;
  private final Optional<String> instanceNamespace;

  ExternalTargetResolver(TemplateRenderer templates, Optional<String> instanceNamespace) {
    this.templates = templates;
    this.instanceNamespace = instanceNamespace;
  }

  Evaluated<ExternalTarget> resolve(CompiledResource resource) {
    Evaluated<ObjectNode> rendered = templates.render(resource, Map.of());
    if (!(rendered instanceof Evaluated.Value<ObjectNode> v)) {
      return Unresolved.carry(rendered);
    }
    JsonNode metadata = v.value().path("metadata");
    Optional<String> namespace =
        resource.namespaced() ? text(metadata.path("namespace")) : Optional.empty();
    if (resource.shape() == ResourceShape.EXTERNAL_COLLECTION) {
      Evaluated<String> selector =
          LabelSelectorText.of(
              metadata.path("selector"), new EvaluationPlace(resource.id(), "metadata.selector"));
      if (!(selector instanceof Evaluated.Value<String> s)) {
        return Unresolved.carry(selector);
      }
      return Evaluated.value(
          new ExternalTarget(
              resource.id(), resource.gvk(), namespace, Optional.empty(), Optional.of(s.value())));
    }
    Optional<String> name = text(metadata.path("name"));
    if (name.isEmpty()) {
      return Evaluated.failed(
          new EvaluationPlace(resource.id(), "metadata.name").failed("the name is empty"));
    }
    Optional<String> inNamespace =
        resource.namespaced() ? namespace.or(() -> instanceNamespace) : Optional.empty();
    return Evaluated.value(
        new ExternalTarget(resource.id(), resource.gvk(), inNamespace, name, Optional.empty()));
  }

  private static Optional<String> text(JsonNode node) {
    String text = node.isValueNode() ? node.asText("") : "";
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
