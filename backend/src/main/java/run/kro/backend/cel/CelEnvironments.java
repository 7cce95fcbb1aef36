package run.kro.backend.cel;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelBuilder;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelOptions;
import dev.cel.common.types.CelType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import java.util.Map;

/**
 * The CEL environment every kro expression is compiled in: the standard library and macros, optional types
 * ({@code ?.}, {@code orValue}), cel-java's string, list, math, encoder, set, regex, bindings and two-variable
 * comprehension extensions, and kro's own functions ({@link KroFunctions}).
 */
public final class CelEnvironments {

  /** Options close to cel-go as Kubernetes configures it: optional syntax on, numbers compare across types. */
  public static final CelOptions OPTIONS = CelOptions.current()
      .enableOptionalSyntax(true)
      .enableHeterogeneousNumericComparisons(true)
      .build();

  private CelEnvironments() {}

  /** A builder with everything but variables; add variables and a type provider, then build. */
  public static CelBuilder builder() {
    CelBuilder builder = CelFactory.standardCelBuilder()
        .setOptions(OPTIONS)
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .addCompilerLibraries(
            CelExtensions.optional(), CelExtensions.strings(), CelExtensions.lists(), CelExtensions.math(OPTIONS),
            CelExtensions.encoders(OPTIONS), CelExtensions.sets(OPTIONS), CelExtensions.regex(),
            CelExtensions.bindings(), CelExtensions.comprehensions())
        .addRuntimeLibraries(
            CelExtensions.optional(), CelExtensions.strings(), CelExtensions.lists(), CelExtensions.math(OPTIONS),
            CelExtensions.encoders(OPTIONS), CelExtensions.sets(OPTIONS), CelExtensions.regex(),
            CelExtensions.comprehensions());
    KroFunctions.addTo(builder);
    return builder;
  }

  /** An environment declaring {@code variables}, with struct types served by {@code types}. */
  public static Cel withVariables(CelTypeRegistry types, Map<String, CelType> variables) {
    CelBuilder builder = builder().setTypeProvider(types);
    variables.forEach(builder::addVar);
    return builder.build();
  }
}
