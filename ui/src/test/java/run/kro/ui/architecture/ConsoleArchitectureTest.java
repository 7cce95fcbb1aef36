package run.kro.ui.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import run.kro.ui.ConsoleApplication;

/**
 * The console's layering (docs/design.md#packages-and-layering): no cycles between packages; the
 * controller never used; Vaadin components only in views (each feature's {@code ui} package, and
 * the instance form's components), and the application services beneath them never import a view.
 */
@AnalyzeClasses(
    packages = {"run.kro.ui", "run.kro.idp"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class ConsoleArchitectureTest {

  private static final String[] VIEWS = {"run.kro.ui.*.ui..", "run.kro.ui.instance.form.."};

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("run.kro.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule neverTheController =
      noClasses().should().dependOnClassesThat().resideInAPackage("run.kro.operator..");

  @ArchTest
  static final ArchRule componentsOnlyInViews =
      noClasses()
          .that()
          .resideOutsideOfPackages(VIEWS)
          .and()
          .doNotBelongToAnyOf(ConsoleApplication.class)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.vaadin.flow.component..");

  @ArchTest
  static final ArchRule servicesNeverImportViews =
      noClasses()
          .that()
          .resideOutsideOfPackages(VIEWS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(VIEWS);
}
