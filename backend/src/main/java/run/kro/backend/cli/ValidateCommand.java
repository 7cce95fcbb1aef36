package run.kro.backend.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kro validate}: checks ResourceGroups (and instances of them) without a cluster. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate ResourceGroups: schema, kinds, CEL expressions and types, dependency cycles.",
      "Files may also hold CRDs (their kinds become known) and instances (checked against the generated CRD).",
      "Exit code 0 when everything is valid, 1 when not."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--filename"},
      required = true,
      paramLabel = "PATH",
      description = "A YAML file or a folder of them (repeatable).")
  List<Path> files;

  @Mixin SchemaOptions schemas = new SchemaOptions();

  @Mixin CompilerFlags compiler = new CompilerFlags();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (SchemaOptions.Resolver resolver = schemas.resolver()) {
      WorkspaceResult result =
          new Workspace(resolver.schemas(), compiler.compilerOptions())
              .validate(new InputFiles().read(files));
      result.errorLines().forEach(out::println);
      result.skipped().forEach(line -> err.println("note: " + line));
      err.printf(
          "%d ResourceGroup(s), %d instance(s), %d CRD(s) checked: %s%n",
          result.resourceGroups(),
          result.instances(),
          result.crds(),
          result.isValid() ? "valid" : result.errorCount() + " error(s)");
      return result.isValid() ? ExitCodes.VALID : ExitCodes.INVALID;
    }
  }
}
