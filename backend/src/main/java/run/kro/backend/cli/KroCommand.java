package run.kro.backend.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import run.kro.backend.api.KroVersion;

/** The {@code kro} command. */
@Command(
    name = "kro",
    mixinStandardHelpOptions = true,
    versionProvider = KroCommand.Version.class,
    description = "Work with kro ResourceGroups offline: validate, generate, graph, render.",
    subcommands = {
      ValidateCommand.class,
      GenerateCommand.class,
      GraphCommand.class,
      RenderCommand.class,
      CommandLine.HelpCommand.class
    })
public final class KroCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int exitCode = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /** The configured command line; tests call it with their own writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new KroCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr()
              .println(
                  "kro: "
                      + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
          return ExitCodes.USAGE;
        });
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Prints this build's version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"kro " + KroVersion.current()};
    }
  }
}
