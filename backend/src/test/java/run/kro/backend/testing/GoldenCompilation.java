package run.kro.backend.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.CompilerOptions;
import run.kro.backend.api.FeatureGates;
import run.kro.backend.cluster.CompositeSchemaResolver;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.kinds.SchemaResolver;

/**
 * Compiles a golden input file as the CLI would — built-in kinds, plus the CRDs of a {@code
 * <name>.crds.yaml} beside it as {@code --crds} would give them — and prints its errors as
 * expectation lines. A line {@code # feature-gates: CELOmitFunction=true} in the input compiles it
 * with those gates on.
 */
public final class GoldenCompilation {

  private static final Pattern FEATURE_GATES = Pattern.compile("(?m)^# feature-gates: (.+)$");

  private GoldenCompilation() {}

  public static CompileResult compile(Path input) {
    String text = GoldenCases.read(input);
    Matcher gates = FEATURE_GATES.matcher(text);
    CompilerOptions options =
        gates.find()
            ? CompilerOptions.DEFAULTS.withFeatureGates(FeatureGates.parse(gates.group(1)))
            : CompilerOptions.DEFAULTS;
    SchemaResolver resolver =
        GoldenCases.sibling(input, GoldenCases.CRDS)
            .<SchemaResolver>map(crds -> CompositeSchemaResolver.offline(List.of(crds)))
            .orElse(BuiltinKindSchemas.shared());
    return new ResourceGroupCompiler(resolver, options)
        .compile(input.getFileName().toString(), text);
  }

  /**
   * {@code LINE:COL: resource "ID" PATH: MESSAGE}, as {@code kro validate} prints them without the
   * file name.
   */
  public static List<String> errorLines(CompileResult result) {
    return result.errors().stream().map(e -> e.describeIn("").substring(1)).toList();
  }

  /** The expectation lines beside {@code input}, in {@code <name>.errors.txt}. */
  public static List<String> expectedErrors(Path input) {
    return GoldenCases.lines(
        GoldenCases.sibling(input, ".errors.txt")
            .orElseThrow(() -> new AssertionError("no .errors.txt beside " + input)));
  }
}
