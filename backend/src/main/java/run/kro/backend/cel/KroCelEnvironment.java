package run.kro.backend.cel;

import dev.cel.bundle.CelBuilder;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelOptions;
import dev.cel.compiler.CelCompilerLibrary;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelRuntimeLibrary;
import java.util.ArrayList;
import java.util.List;
import run.kro.backend.cel.library.KroLibrary;

/**
 * The CEL environment kro expressions compile and run in: the standard library and macros, optional types, the
 * cel-java extensions kro's cel-go environment has (strings, lists, two-variable comprehensions, bindings, base64
 * encoders) plus math, regex and sets, and kro's own libraries. Callers add variables and a type provider to the
 * builder this returns, then build; a built {@code Cel} is immutable and thread-safe.
 */
public final class KroCelEnvironment {

  /**
   * cel-java's current defaults, which match a plain cel-go {@code cel.NewEnv} as kro uses it (no cross-type numeric
   * comparisons, no homogeneous-literal rule, timestamp(int) allowed, uint as unsigned, partial-match regex, error on
   * duplicate map keys), plus the optional syntax ({@code ?.}, {@code [?]}) that kro turns on.
   */
  public static final CelOptions OPTIONS = CelOptions.current().enableOptionalSyntax(true).build();

  private KroCelEnvironment() {}

  /** A builder with everything above; add variables ({@code addVar}) and a type provider, then {@code build()}. */
  public static CelBuilder newBuilder() {
    return CelFactory.standardCelBuilder()
        .setOptions(OPTIONS)
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .addCompilerLibraries(compilerLibraries())
        .addRuntimeLibraries(runtimeLibraries());
  }

  /**
   * Every library once; each is added to the checker, the runtime, or both, by what it implements (bindings, for
   * instance, is a macro only and has nothing to run).
   */
  private static List<Object> libraries() {
    List<Object> libraries = new ArrayList<>(List.of(
        CelExtensions.optional(),
        CelExtensions.strings(),
        CelExtensions.lists(),
        CelExtensions.comprehensions(),
        CelExtensions.bindings(),
        CelExtensions.encoders(OPTIONS),
        CelExtensions.math(),
        CelExtensions.regex(),
        CelExtensions.sets(OPTIONS)));
    libraries.addAll(KroLibrary.all());
    return libraries;
  }

  private static List<CelCompilerLibrary> compilerLibraries() {
    return libraries().stream().filter(CelCompilerLibrary.class::isInstance).map(CelCompilerLibrary.class::cast).toList();
  }

  private static List<CelRuntimeLibrary> runtimeLibraries() {
    return libraries().stream().filter(CelRuntimeLibrary.class::isInstance).map(CelRuntimeLibrary.class::cast).toList();
  }
}
