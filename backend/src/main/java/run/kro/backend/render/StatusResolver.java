package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import run.kro.backend.api.CompiledField;
import run.kro.backend.api.Evaluated;
import run.kro.backend.source.FieldPath;

/**
 * The instance status fields, soft-resolved (docs/design.md#status-fields-and-author-conditions): a
 * field is written only when all its expressions resolve; one that reads a skipped or unobserved
 * resource, or data not there yet, is left out; errors are collected and the field left out. A
 * literal array of expressions is one field: written whole or not at all, never with holes.
 */
final class StatusResolver {

  record Result(ObjectNode fields, List<String> errors) {}

  private record Resolved(FieldPath path, JsonNode value) {}

  private final FieldEvaluator evaluator;
  private final ResourceGate gate;
  private final Set<String> resourceIds;

  StatusResolver(FieldEvaluator evaluator, ResourceGate gate, Set<String> resourceIds) {
    this.evaluator = evaluator;
    this.gate = gate;
    this.resourceIds = resourceIds;
  }

  Result resolve(List<CompiledField> fields) {
    Map<FieldPath, List<Resolved>> units = new LinkedHashMap<>();
    Set<FieldPath> unresolved = new HashSet<>();
    List<String> errors = new ArrayList<>();
    for (CompiledField field : fields) {
      FieldPath unit = unitOf(field.path());
      if (unresolved.contains(unit)) {
        continue;
      }
      Optional<String> missing =
          gate.missing(
              field.value().expressions().stream()
                  .flatMap(e -> e.references().stream())
                  .filter(resourceIds::contains)
                  .distinct()
                  .toList());
      Evaluated<JsonNode> value =
          missing.isPresent()
              ? Evaluated.pending(missing.get())
              : evaluator.evaluate(
                  field.value(), Map.of(), EvaluationPlace.status("status." + field.path()));
      if (value instanceof Evaluated.Value<JsonNode> v) {
        units
            .computeIfAbsent(unit, u -> new ArrayList<>())
            .add(new Resolved(field.path(), v.value()));
        continue;
      }
      if (value instanceof Evaluated.Failed<JsonNode> failed) {
        errors.add(failed.message());
      }
      unresolved.add(unit);
      units.remove(unit);
    }
    ObjectNode status = JsonNodeFactory.instance.objectNode();
    units
        .values()
        .forEach(
            resolved -> resolved.forEach(r -> ValuePlacement.put(status, r.path(), r.value())));
    return new Result(status, errors);
  }

  /** The field a path belongs to: itself, or the array it is an element of. */
  private static FieldPath unitOf(FieldPath path) {
    List<FieldPath.Segment> segments = path.segments();
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i) instanceof FieldPath.Index) {
        return new FieldPath(segments.subList(0, i));
      }
    }
    return path;
  }
}
