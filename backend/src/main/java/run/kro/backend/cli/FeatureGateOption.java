package run.kro.backend.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import run.kro.backend.api.CompilerOptions;
import run.kro.backend.api.FeatureGates;

/** {@code --feature-gates}: the alpha features ResourceGroups may use, in the controller's flag syntax. */
final class FeatureGateOption {

  @Option(names = "--feature-gates", paramLabel = "GATES", converter = Gates.class,
      description = "Alpha features to turn on, as for the controller: CELOmitFunction=true lets templates call "
          + "omit(). Off by default.")
  FeatureGates gates = FeatureGates.DEFAULTS;

  CompilerOptions compilerOptions() {
    return CompilerOptions.DEFAULTS.withFeatureGates(gates);
  }

  /** Parses {@code Name=true,Other=false}; a mistake is a usage error naming the gate. */
  static final class Gates implements ITypeConverter<FeatureGates> {
    @Override
    public FeatureGates convert(String value) {
      return FeatureGates.parse(value);
    }
  }
}
