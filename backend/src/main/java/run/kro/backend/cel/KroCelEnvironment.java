package run.kro.backend.cel;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelBuilder;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.compiler.CelCompilerLibrary;
import dev.cel.extensions.CelExtensionLibrary;
import dev.cel.extensions.CelExtensions;
import dev.cel.extensions.CelListsExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeLibrary;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import run.kro.backend.cel.library.DynamicDispatch;
import run.kro.backend.cel.library.FormatLibrary;
import run.kro.backend.cel.library.KroLibrary;
import run.kro.backend.cel.library.KubernetesRegexLibrary;
import run.kro.backend.cel.library.SortByLibrary;

/**
 * The CEL environment kro expressions compile and run in, the same as upstream kro's: the standard
 * library and macros, optional types, the cel-go extensions kro has (strings with {@code format},
 * lists with {@code sortBy}, two-variable comprehensions, bindings, base64 encoders), Kubernetes'
 * libraries (lists, URLs, regex, quantity, IP, CIDR, semver) and kro's own. On request it adds "the
 * extras", cel-java's {@code math.*}, {@code sets.*} and {@code regex.*}, which upstream lacks.
 * Callers add variables and a type provider to the builder this returns, then build; a built {@code
 * Cel} is immutable and thread-safe. Programs come from {@link #program}.
 */
public final class KroCelEnvironment {

  /**
   * cel-java's current defaults, which match a plain cel-go {@code cel.NewEnv} as kro uses it (no
   * cross-type numeric comparisons, no homogeneous-literal rule, timestamp(int) allowed, uint as
   * unsigned, partial-match regex, error on duplicate map keys), plus the optional syntax ({@code
   * ?.}, {@code [?]}) that kro turns on.
   */
  public static final CelOptions OPTIONS = CelOptions.current().enableOptionalSyntax(true).build();

  private KroCelEnvironment() {}

  /**
   * Upstream's environment; add variables ({@code addVar}) and a type provider, then {@code
   * build()}.
   */
  public static CelBuilder newBuilder() {
    return newBuilder(false);
  }

  /**
   * Upstream's environment, plus cel-java's math, sets and regex extensions when {@code
   * extraLibraries} is set.
   */
  public static CelBuilder newBuilder(boolean extraLibraries) {
    List<Object> libraries = libraries(extraLibraries);
    return CelFactory.standardCelBuilder()
        .setOptions(OPTIONS)
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .addCompilerLibraries(only(CelCompilerLibrary.class, libraries))
        .addRuntimeLibraries(only(CelRuntimeLibrary.class, libraries));
  }

  /**
   * The program of an AST checked in an environment from here. Always go through this rather than
   * {@code createProgram}: calls on {@code dyn} values of the functions declared per element type
   * need {@link DynamicDispatch}.
   */
  public static CelRuntime.Program program(Cel cel, CelAbstractSyntaxTree ast)
      throws CelEvaluationException {
    return cel.createProgram(DynamicDispatch.narrow(ast));
  }

  /**
   * What cel-go checks after type-checking and cel-java does not, at their places: literal {@code
   * format} calls (a clause of the wrong type, too few or too many arguments) and literal regex
   * patterns of {@code find} and {@code findAll} that do not compile. Run it on every checked AST
   * before making its program.
   */
  public static List<CelIssue> validate(CelAbstractSyntaxTree ast) {
    return Stream.concat(
            FormatLibrary.issues(ast).stream(), KubernetesRegexLibrary.issues(ast).stream())
        .toList();
  }

  /**
   * Every library once; each is added to the checker, the runtime, or both, by what it implements
   * (bindings, for instance, is a macro only and has nothing to run). cel-java's sortBy is replaced
   * by cel-go's.
   */
  private static List<Object> libraries(boolean extraLibraries) {
    List<Object> libraries =
        new ArrayList<>(
            List.of(
                CelExtensions.optional(),
                CelExtensions.strings(),
                new FormatLibrary(),
                CelExtensions.lists(
                    EnumSet.complementOf(EnumSet.of(CelListsExtensions.Function.SORT_BY))),
                new SortByLibrary(),
                CelExtensions.comprehensions(),
                CelExtensions.bindings(),
                CelExtensions.encoders(OPTIONS)));
    libraries.addAll(KroLibrary.kubernetes());
    libraries.addAll(KroLibrary.all());
    if (extraLibraries) {
      libraries.addAll(extras());
    }
    return libraries;
  }

  /** The extras: cel-java's math, regex and sets extensions. */
  static List<CelExtensionLibrary.FeatureSet> extras() {
    return List.of(CelExtensions.math(), CelExtensions.regex(), CelExtensions.sets(OPTIONS));
  }

  private static <T> List<T> only(Class<T> kind, List<Object> libraries) {
    return libraries.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
