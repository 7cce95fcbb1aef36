package run.kro.backend.compile;

import dev.cel.bundle.Cel;
import dev.cel.common.types.CelType;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import run.kro.backend.cel.CelTypeRegistry;
import run.kro.backend.cel.KroCelEnvironment;
import run.kro.backend.source.FieldPath;

/**
 * The variables of one ResourceGroup's expressions and the environment that declares them: {@code
 * schema} (the instance) and every resource id, typed from their schemas. Contexts that need more
 * ({@code each}, iterators) extend it; contexts that may see less are limited by the allowed set.
 */
final class GraphScope {

  static final String SCHEMA = "schema";
  static final String EACH = "each";

  private final CelTypeRegistry types;
  private final Map<String, CelType> variables;
  private final Cel env;
  private final Set<String> declared = new HashSet<>();

  /**
   * @param extraCelLibraries whether the environment also has cel-java's math, sets and regex
   */
  GraphScope(
      CelTypeRegistry types,
      Map<String, CelType> variables,
      Set<String> extraNames,
      boolean extraCelLibraries) {
    this.types = types;
    this.variables = new LinkedHashMap<>(variables);
    var builder = KroCelEnvironment.newBuilder(extraCelLibraries).setTypeProvider(types);
    variables.forEach(builder::addVar);
    this.env = builder.build();
    declared.addAll(variables.keySet());
    declared.addAll(extraNames);
    declared.add(EACH);
  }

  CelTypeRegistry types() {
    return types;
  }

  Cel env() {
    return env;
  }

  CelType typeOf(String variable) {
    return variables.get(variable);
  }

  /**
   * Every name some environment of this graph declares, for telling out-of-scope from unknown
   * identifiers.
   */
  Set<String> declared() {
    return declared;
  }

  /**
   * {@code schema} and every resource id: what templates, forEach, includeWhen and status may read.
   */
  Set<String> graphVariables() {
    return variables.keySet();
  }

  /** This environment plus {@code extra} variables (iterators, {@code each}). */
  Cel extendedWith(Map<String, CelType> extra) {
    if (extra.isEmpty()) {
      return env;
    }
    var builder = env.toCelBuilder();
    extra.forEach(builder::addVar);
    return builder.build();
  }

  /**
   * The CEL type of a place in resource {@code id}'s object, named as the resource's own types are.
   */
  CelType typeAt(String id, FieldPath path, JSONSchemaProps schema) {
    StringBuilder name = new StringBuilder(CelTypeRegistry.TYPE_PREFIX).append(id);
    for (var segment : path.segments()) {
      name.append(segment instanceof FieldPath.Key key ? "." + key.name() : ".@idx");
    }
    return types.typeOf(schema, name.toString());
  }
}
