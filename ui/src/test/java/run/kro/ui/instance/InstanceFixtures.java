package run.kro.ui.instance;

import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.ui.testing.FixtureNames;

/**
 * The instance tests' fixtures from {@code src/test/resources/instance/}, with a fresh name and
 * kind per test.
 */
final class InstanceFixtures {

  private InstanceFixtures() {}

  static FixtureNames freshNames(String prefix) {
    return FixtureNames.fresh(prefix);
  }

  static String yaml(String file, FixtureNames names) {
    return names.fill("instance/" + file);
  }

  /** The fixture compiled with the built-in kinds only, as unit tests need it (no API server). */
  static CompiledResourceGroup compiled(String file, FixtureNames names) {
    var result =
        new ResourceGroupCompiler(BuiltinKindSchemas.shared()).compile(file, yaml(file, names));
    return result
        .compiled()
        .orElseThrow(
            () -> new AssertionError("fixture " + file + " does not compile: " + result.errors()));
  }
}
