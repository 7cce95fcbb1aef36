package run.kro.backend.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import run.kro.backend.api.CompiledResourceGroup;

/**
 * {@code kro render}: the objects the controller would apply for an instance, without a cluster.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Print the objects the controller would apply for an instance, in apply order, rendered by the controller's "
          + "engine.",
      "A resource that reads another is pending until that one is observed and ready. --observed DIR says what the "
          + "cluster holds: DIR/<id>.yaml for resource <id>, one document per object, laid over the rendered object "
          + "(so it may hold only what the cluster adds, e.g. status).",
      "Resources that give no objects are listed on standard error. Exit code 0 when every resource rendered, is "
          + "pending or is skipped; 1 on errors."
    })
final class RenderCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ResourceGroupFile input = new ResourceGroupFile();

  @Option(
      names = "--instance",
      required = true,
      paramLabel = "FILE",
      description = "The instance to render.")
  Path instance;

  @Option(
      names = "--observed",
      paramLabel = "DIR",
      description = "What the cluster holds: DIR/<id>.yaml per resource.")
  Path observed;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "yaml (default: a stream of documents) or json (a v1 List).")
  OutputFormat output = OutputFormat.yaml;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    var compiled = input.compile(err);
    if (compiled.isEmpty()) {
      return ExitCodes.INVALID;
    }
    CompiledResourceGroup rg = compiled.get();
    InstanceInput.Result read = new InstanceInput().read(instance, rg);
    ObservedFiles.Result cluster =
        observed == null
            ? new ObservedFiles.Result(Map.of(), List.of())
            : new ObservedFiles().read(observed, rg);
    List<String> errors = new ArrayList<>(read.errors());
    errors.addAll(cluster.errors());
    if (!errors.isEmpty()) {
      errors.forEach(err::println);
      return ExitCodes.INVALID;
    }
    RenderWalk.Rendering rendering =
        RenderWalk.render(rg, read.instance().orElseThrow(), cluster.objects());
    PrintWriter out = spec.commandLine().getOut();
    out.print(RenderOutput.objects(rendering.objects(), output));
    out.flush();
    RenderOutput.report(rendering, observed == null).forEach(err::println);
    if (read.instance().get().path("metadata").path("uid").asText("").isEmpty()) {
      err.println(
          "note: the instance has no metadata.uid (the API server gives it one), so its children's "
              + "kro.run/instance-id label is empty");
    }
    return rendering.failed() ? ExitCodes.INVALID : ExitCodes.VALID;
  }
}
