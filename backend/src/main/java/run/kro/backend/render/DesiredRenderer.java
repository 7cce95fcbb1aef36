package run.kro.backend.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.DesiredObject;
import run.kro.backend.api.Evaluated;
import run.kro.backend.api.ResourceShape;

/**
 * Turns a template resource into the objects to apply (docs/design.md#rendering): renders the
 * template once, or once per collection item; gives namespaced kinds without a namespace the
 * instance's; refuses collections whose items share an identity; and labels each object as kro's.
 */
final class DesiredRenderer {

  private final TemplateRenderer templates;
  private final CollectionExpander collections;
  private final ChildLabels labels;
  private final Optional<String> instanceNamespace;

  DesiredRenderer(
      TemplateRenderer templates,
      CollectionExpander collections,
      ChildLabels labels,
      Optional<String> instanceNamespace) {
    this.templates = templates;
    this.collections = collections;
    this.labels = labels;
    this.instanceNamespace = instanceNamespace;
  }

  Evaluated<List<DesiredObject>> render(CompiledResource resource) {
    if (resource.shape() == ResourceShape.COLLECTION) {
      return collection(resource);
    }
    Evaluated<ObjectNode> object = templates.render(resource, Map.of());
    if (!(object instanceof Evaluated.Value<ObjectNode> v)) {
      return Unresolved.carry(object);
    }
    inheritNamespace(v.value(), resource);
    labels.apply(v.value(), resource);
    return Evaluated.value(
        List.of(new DesiredObject(resource.id(), resource.gvk(), v.value(), Optional.empty())));
  }

  private Evaluated<List<DesiredObject>> collection(CompiledResource resource) {
    Evaluated<List<Map<String, Object>>> items = collections.items(resource);
    if (!(items instanceof Evaluated.Value<List<Map<String, Object>>> iterators)) {
      return Unresolved.carry(items);
    }
    int size = iterators.value().size();
    List<DesiredObject> objects = new ArrayList<>(size);
    Map<ObjectIdentity, Integer> identities = new HashMap<>(size * 2);
    for (int index = 0; index < size; index++) {
      Evaluated<ObjectNode> object = templates.render(resource, iterators.value().get(index));
      if (!(object instanceof Evaluated.Value<ObjectNode> v)) {
        return Unresolved.carry(object);
      }
      inheritNamespace(v.value(), resource);
      ObjectIdentity identity = ObjectIdentity.of(v.value());
      Integer first = identities.putIfAbsent(identity, index);
      if (first != null) {
        return Evaluated.failed(
            new EvaluationPlace(resource.id(), "")
                .failed(
                    "identity collision: duplicate "
                        + "identity: "
                        + identity
                        + " (items "
                        + first
                        + " and "
                        + index
                        + ")"));
      }
      labels.apply(v.value(), resource, index, size);
      objects.add(new DesiredObject(resource.id(), resource.gvk(), v.value(), Optional.of(index)));
    }
    return Evaluated.value(objects);
  }

  /** A namespaced kind whose template sets no namespace lives in the instance's namespace. */
  private void inheritNamespace(ObjectNode object, CompiledResource resource) {
    if (!resource.namespaced() || instanceNamespace.isEmpty()) {
      return;
    }
    ObjectNode metadata =
        object.get("metadata") instanceof ObjectNode m ? m : object.putObject("metadata");
    if (metadata.path("namespace").asText("").isEmpty()) {
      metadata.put("namespace", instanceNamespace.get());
    }
  }
}
