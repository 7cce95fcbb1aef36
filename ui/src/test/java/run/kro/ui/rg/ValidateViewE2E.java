package run.kro.ui.rg;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import run.kro.testenv.KubeTestEnv;
import run.kro.ui.testing.Browser;

/**
 * The validation page in a real browser, connected to the real test API server: an example compiles, a mistake is
 * shown with its line and column, and kinds installed in the cluster are known.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValidateViewE2E {

  @DynamicPropertySource
  static void cluster(DynamicPropertyRegistry properties) {
    properties.add("kro.kubernetes.kubeconfig", () -> KubeTestEnv.get().kubeconfig().toString());
  }

  private static Browser browser;

  @LocalServerPort
  int port;

  @BeforeAll
  static void launch() {
    browser = new Browser();
  }

  @AfterAll
  static void close() {
    browser.close();
  }

  @Test
  void showsTheApplyOrderOfAValidExample() {
    ValidatePage page = new ValidatePage(browser.newPage(), "http://localhost:" + port).pickExample("web-app");
    assertThat(page.verdict()).hasText("Valid: WebApp (kro.run/v1alpha1)");
    assertThat(page.applyOrder()).hasText("Apply order: deployment → service → ingress");
    Browser.screenshot(page.page(), "validate-valid-example");
  }

  @Test
  void typeChecksAgainstKindsInstalledInTheCluster() {
    var crds = KubeTestEnv.get().adminClient().apiextensions().v1().customResourceDefinitions();
    var crd = crds.load(ValidateViewE2E.class.getResourceAsStream("/rg/gizmos-crd.yaml")).item();
    crds.resource(crd).serverSideApply();
    crds.withName(crd.getMetadata().getName()).waitUntilCondition(c -> c.getStatus() != null && c.getStatus()
        .getConditions().stream().anyMatch(x -> x.getType().equals("Established") && x.getStatus().equals("True")),
        30, java.util.concurrent.TimeUnit.SECONDS);
    String usingGizmo = """
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata: {name: uses-gizmo}
        spec:
          schema: {apiVersion: v1alpha1, kind: GizmoUser, spec: {name: string}}
          resources:
          - id: gizmo
            template:
              apiVersion: e2e.kro.run/v1
              kind: Gizmo
              metadata: {name: "${schema.spec.name}"}
              spec: {size: "${schema.spec.name}"}
        """;
    ValidatePage page = new ValidatePage(browser.newPage(), "http://localhost:" + port);
    assertThat(page.page().locator("#cluster")).containsText("Kubernetes API server https://127.0.0.1:");
    // Installed after the console started: wait for its cluster schemas to be re-read.
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).untilAsserted(() -> {
      page.type(usingGizmo + "\n");
      assertThat(page.problemRows().filter(new com.microsoft.playwright.Locator.FilterOptions()
          .setHasText("expected \"integer\""))).hasCount(1);
    });
    Browser.screenshot(page.page(), "validate-cluster-kind");
  }

  @Test
  void showsEachProblemWithItsPlace() {
    ValidatePage page = new ValidatePage(browser.newPage(), "http://localhost:" + port).type("""
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata: {name: broken}
        spec:
          schema:
            apiVersion: v1alpha1
            kind: Broken
            spec: {name: string}
          resources:
          - id: config
            template:
              apiVersion: v1
              kind: ConfigMap
              metadata: {name: "${schema.spec.nmae}"}
        """);
    assertThat(page.verdict()).hasText("1 problem(s)");
    assertThat(page.problemRows().filter(new com.microsoft.playwright.Locator.FilterOptions()
        .setHasText("undefined field 'nmae'"))).hasCount(1);
    assertThat(page.problemRows().filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("14:38")))
        .hasCount(1);
    Browser.screenshot(page.page(), "validate-problem");
  }
}
