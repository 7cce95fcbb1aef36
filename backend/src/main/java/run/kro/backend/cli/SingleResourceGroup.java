package run.kro.backend.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import run.kro.backend.api.CompiledResourceGroup;

/** Compiles the one ResourceGroup a generate or graph command works on, printing its errors if it has any. */
final class SingleResourceGroup {

  private SingleResourceGroup() {}

  static Optional<CompiledResourceGroup> compile(Path file, SchemaOptions schemas, PrintWriter out) {
    try (SchemaOptions.Resolver resolver = schemas.resolver()) {
      WorkspaceResult result = new Workspace(resolver.schemas()).validate(new InputFiles().read(List.of(file)));
      if (!result.isValid()) {
        result.errorLines().forEach(out::println);
        return Optional.empty();
      }
      if (result.compiled().size() != 1) {
        out.println(file + ": expected exactly one ResourceGroup, found " + result.compiled().size());
        return Optional.empty();
      }
      return Optional.of(result.compiled().get(0));
    }
  }
}
