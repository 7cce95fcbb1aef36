package run.kro.backend.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import run.kro.backend.api.CompilerOptions;
import run.kro.backend.api.FeatureGates;

/**
 * The compiler's switches on every command that compiles, with the controller's settings' meaning:
 * alpha features ({@code --feature-gates}) and which CEL functions expressions may use ({@code
 * --cel-extra-libraries}).
 */
final class CompilerFlags {

  @Option(
      names = "--feature-gates",
      paramLabel = "GATES",
      converter = Gates.class,
      description =
          "Alpha features to turn on, as for the controller: CELOmitFunction=true lets templates call "
              + "omit(). Off by default.")
  FeatureGates gates = FeatureGates.DEFAULTS;

  @Option(
      names = "--cel-extra-libraries",
      description =
          "Also allow cel-java's math.*, sets.* and regex.* functions, which upstream kro does not have "
              + "(ResourceGroups that use them do not port back). The controller's setting is "
              + "kro.controller.cel-extra-libraries.")
  boolean extraCelLibraries;

  CompilerOptions compilerOptions() {
    return CompilerOptions.DEFAULTS
        .withFeatureGates(gates)
        .withExtraCelLibraries(extraCelLibraries);
  }

  /** Parses {@code Name=true,Other=false}; a mistake is a usage error naming the gate. */
  static final class Gates implements ITypeConverter<FeatureGates> {
    @Override
    public FeatureGates convert(String value) {
      return FeatureGates.parse(value);
    }
  }
}
