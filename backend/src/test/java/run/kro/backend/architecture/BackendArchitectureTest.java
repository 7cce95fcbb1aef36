package run.kro.backend.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The backend's layering, as docs/design.md#packages-and-layering draws it: no cycles between
 * packages; diagnostics at the bottom and the engine's entry points on top; no Spring, no Vaadin;
 * the fabric8 client only where the backend reads a live cluster.
 */
@AnalyzeClasses(packages = "run.kro.backend", importOptions = ImportOption.DoNotIncludeTests.class)
class BackendArchitectureTest {

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("run.kro.backend.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule neitherSpringNorVaadin =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "com.vaadin..");

  @ArchTest
  static final ArchRule theClusterIsReadInOnePlace =
      noClasses()
          .that()
          .resideOutsideOfPackages("run.kro.backend.cluster..", "run.kro.backend.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.fabric8.kubernetes.client..");

  @ArchTest
  static final ArchRule diagnosticsAtTheBottom =
      noClasses()
          .that()
          .resideInAPackage("run.kro.backend.diagnostics..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages("run.kro.backend.diagnostics..", "java..");

  @ArchTest
  static final ArchRule entryPointsOnTop =
      noClasses()
          .that()
          .resideOutsideOfPackages("run.kro.backend.engine..", "run.kro.backend.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("run.kro.backend.engine..");

  @ArchTest
  static final ArchRule theApiBelowTheMachinery =
      noClasses()
          .that()
          .resideInAPackage("run.kro.backend.api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("run.kro.backend.compile..", "run.kro.backend.render..");
}
