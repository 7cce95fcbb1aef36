package run.kro.backend.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import run.kro.backend.cel.CompiledExpression;
import run.kro.backend.kinds.GroupVersionKind;

/**
 * One resource of a compiled graph. {@code object} is the template (or, for an external reference,
 * an object holding its {@code metadata.name}, {@code namespace} and {@code selector}) and {@code
 * fields} are the places in it that expressions fill. The tree is never modified; renderers work on
 * a copy.
 */
public record CompiledResource(
    String id,
    int index,
    GroupVersionKind gvk,
    boolean namespaced,
    ResourceShape shape,
    JsonNode object,
    List<CompiledField> fields,
    List<CompiledDimension> forEach,
    List<CompiledExpression> includeWhen,
    List<CompiledExpression> readyWhen,
    Set<String> dependencies,
    int deletionWave) {

  public CompiledResource {
    fields = List.copyOf(fields);
    forEach = List.copyOf(forEach);
    includeWhen = List.copyOf(includeWhen);
    readyWhen = List.copyOf(readyWhen);
    dependencies = Set.copyOf(dependencies);
  }
}
