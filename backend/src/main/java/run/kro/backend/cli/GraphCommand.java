package run.kro.backend.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kro graph}: the dependency graph of a ResourceGroup, as text or Graphviz DOT. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = "Print the dependency graph: apply order, edges and deletion waves.")
final class GraphCommand implements Callable<Integer> {

  /** Output formats of the graph. */
  enum Format {
    text,
    dot
  }

  @Spec CommandSpec spec;

  @Mixin ResourceGroupFile input = new ResourceGroupFile();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "text (default) or dot.")
  Format output = Format.text;

  @Override
  public Integer call() {
    var compiled = input.compile(spec.commandLine().getErr());
    compiled.ifPresent(
        rg ->
            spec.commandLine()
                .getOut()
                .print(output == Format.dot ? GraphPrinter.dot(rg) : GraphPrinter.text(rg)));
    return compiled.isPresent() ? ExitCodes.VALID : ExitCodes.INVALID;
  }
}
