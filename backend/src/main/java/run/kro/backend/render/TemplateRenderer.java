package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import run.kro.backend.api.CompiledField;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.Evaluated;

/**
 * Renders a resource's object (a template, or an external reference's metadata): a copy of the
 * compiled tree (never the tree itself, and without its null fields) with every expression field
 * replaced by its value. The first field that is pending or failed decides the outcome, so the
 * reason names the first field in document order.
 */
final class TemplateRenderer {

  private final FieldEvaluator fields;

  TemplateRenderer(FieldEvaluator fields) {
    this.fields = fields;
  }

  /**
   * @param locals the forEach iterators of one collection item; empty for a single resource
   */
  Evaluated<ObjectNode> render(CompiledResource resource, Map<String, Object> locals) {
    List<JsonNode> values = new ArrayList<>(resource.fields().size());
    for (CompiledField field : resource.fields()) {
      Evaluated<JsonNode> value =
          fields.evaluate(
              field.value(), locals, new EvaluationPlace(resource.id(), field.path().toString()));
      if (!(value instanceof Evaluated.Value<JsonNode> v)) {
        return Unresolved.carry(value);
      }
      values.add(v.value());
    }
    ObjectNode copy = TemplateCopy.withoutNullFields((ObjectNode) resource.object());
    // Last field first: removing an array element for an empty optional must not move elements
    // still to be placed.
    for (int i = values.size() - 1; i >= 0; i--) {
      ValuePlacement.put(copy, resource.fields().get(i).path(), values.get(i));
    }
    return Evaluated.value(copy);
  }
}
