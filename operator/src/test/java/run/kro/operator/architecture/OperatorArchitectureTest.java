package run.kro.operator.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The controller's layering (docs/design.md#packages-and-layering): no cycles between packages, the
 * console never used, and the features reading their settings without depending on the Spring
 * wiring that starts them.
 */
@AnalyzeClasses(
    packages = "run.kro.operator",
    importOptions = {
      ImportOption.DoNotIncludeTests.class,
      OperatorArchitectureTest.DoNotIncludeSpringAotCode.class
    })
class OperatorArchitectureTest {

  /**
   * The classes Spring AOT generates at build time ({@code Foo__BeanDefinitions}, …) register every
   * configuration's beans from the application's package: wiring by construction, not code to
   * layer.
   */
  static final class DoNotIncludeSpringAotCode implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("__");
    }
  }

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("run.kro.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule neverTheConsole =
      noClasses().should().dependOnClassesThat().resideInAPackage("run.kro.ui..");

  @ArchTest
  static final ArchRule theWiringOnTop =
      noClasses()
          .that()
          .resideOutsideOfPackages("run.kro.operator.config..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("run.kro.operator.config..");

  @ArchTest
  static final ArchRule settingsDependOnNoFeature =
      noClasses()
          .that()
          .resideInAPackage("run.kro.operator.settings..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "run.kro.operator.instance..", "run.kro.operator.rg..", "run.kro.operator.config..");
}
