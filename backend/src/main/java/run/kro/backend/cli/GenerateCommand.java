package run.kro.backend.cli;

import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.schema.SampleInstanceGenerator;

/** {@code kro generate crd|instance}: what a ResourceGroup generates, without a cluster. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Print what a ResourceGroup generates.",
    subcommands = {GenerateCommand.Crd.class, GenerateCommand.Instance.class})
final class GenerateCommand {

  /** Options shared by the generate subcommands. */
  abstract static class Generator implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin ResourceGroupFile input = new ResourceGroupFile();

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FORMAT",
        description = "yaml (default) or json.")
    OutputFormat output = OutputFormat.yaml;

    int print(Function<CompiledResourceGroup, Object> what) {
      var compiled = input.compile(spec.commandLine().getErr());
      compiled.ifPresent(rg -> spec.commandLine().getOut().print(output.write(what.apply(rg))));
      return compiled.isPresent() ? ExitCodes.VALID : ExitCodes.INVALID;
    }
  }

  @Command(
      name = "crd",
      mixinStandardHelpOptions = true,
      description = "The CRD of the API a ResourceGroup defines.")
  static final class Crd extends Generator {
    @Override
    public Integer call() {
      return print(CompiledResourceGroup::instanceCrd);
    }
  }

  @Command(
      name = "instance",
      mixinStandardHelpOptions = true,
      description = "A sample instance, filled with the schema's defaults.")
  static final class Instance extends Generator {
    @Override
    public Integer call() {
      return print(rg -> new SampleInstanceGenerator().generate(rg.instanceCrd()));
    }
  }
}
