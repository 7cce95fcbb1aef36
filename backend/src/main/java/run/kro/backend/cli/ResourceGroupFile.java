package run.kro.backend.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import run.kro.backend.api.CompiledResourceGroup;

/**
 * The one ResourceGroup file a generate or graph command works on, and the schemas it is compiled
 * against.
 */
final class ResourceGroupFile {

  @Option(
      names = {"-f", "--filename"},
      required = true,
      paramLabel = "FILE",
      description = "The ResourceGroup file.")
  Path file;

  @Mixin SchemaOptions schemas = new SchemaOptions();

  @Mixin CompilerFlags compiler = new CompilerFlags();

  /** The compiled ResourceGroup, or empty after printing why there is none to {@code err}. */
  Optional<CompiledResourceGroup> compile(PrintWriter err) {
    try (SchemaOptions.Resolver resolver = schemas.resolver()) {
      WorkspaceResult result =
          new Workspace(resolver.schemas(), compiler.compilerOptions())
              .validate(new InputFiles().read(List.of(file)));
      if (!result.isValid()) {
        result.errorLines().forEach(err::println);
        return Optional.empty();
      }
      if (result.compiled().size() != 1) {
        err.println(
            file + ": expected exactly one ResourceGroup, found " + result.compiled().size());
        return Optional.empty();
      }
      return Optional.of(result.compiled().get(0));
    }
  }
}
