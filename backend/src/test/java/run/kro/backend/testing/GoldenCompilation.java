package run.kro.backend.testing;

import java.nio.file.Path;
import java.util.List;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.kinds.CompositeSchemaResolver;

/**
 * Compiles a golden input file as the CLI would — built-in kinds, plus the CRDs of a {@code <name>.crds.yaml} beside it
 * as {@code --crds} would give them — and prints its errors as expectation lines.
 */
public final class GoldenCompilation {

  private static final ResourceGroupCompiler COMPILER = new ResourceGroupCompiler(BuiltinKindSchemas.shared());

  private GoldenCompilation() {}

  public static CompileResult compile(Path input) {
    ResourceGroupCompiler compiler = GoldenCases.sibling(input, GoldenCases.CRDS)
        .map(crds -> new ResourceGroupCompiler(CompositeSchemaResolver.offline(List.of(crds))))
        .orElse(COMPILER);
    return compiler.compile(input.getFileName().toString(), GoldenCases.read(input));
  }

  /** {@code LINE:COL: resource "ID" PATH: MESSAGE}, as {@code kro validate} prints them without the file name. */
  public static List<String> errorLines(CompileResult result) {
    return result.errors().stream().map(e -> e.describeIn("").substring(1)).toList();
  }

  /** The expectation lines beside {@code input}, in {@code <name>.errors.txt}. */
  public static List<String> expectedErrors(Path input) {
    return GoldenCases.lines(GoldenCases.sibling(input, ".errors.txt")
        .orElseThrow(() -> new AssertionError("no .errors.txt beside " + input)));
  }
}
