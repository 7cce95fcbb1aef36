package run.kro.operator.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The controller's layering (docs/design.md#packages-and-layering): no cycles between packages, the
 * console never used, and the features reading their settings without depending on the Spring
 * wiring that starts them.
 */
@AnalyzeClasses(packages = "run.kro.operator", importOptions = ImportOption.DoNotIncludeTests.class)
class OperatorArchitectureTest {

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
