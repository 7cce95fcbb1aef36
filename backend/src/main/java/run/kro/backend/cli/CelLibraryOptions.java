package run.kro.backend.cli;

import picocli.CommandLine.Option;
import run.kro.backend.api.CompilerOptions;

/** Which CEL functions expressions may use: upstream kro's, or those plus cel-java's extras. */
final class CelLibraryOptions {

  @Option(names = "--cel-extra-libraries",
      description = "Also allow cel-java's math.*, sets.* and regex.* functions, which upstream kro does not have "
          + "(ResourceGroups that use them do not port back). The controller's setting is "
          + "kro.controller.cel-extra-libraries.")
  boolean extraLibraries;

  CompilerOptions compilerOptions() {
    return CompilerOptions.DEFAULTS.withExtraCelLibraries(extraLibraries);
  }
}
