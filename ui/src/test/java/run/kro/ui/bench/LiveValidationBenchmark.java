package run.kro.ui.bench;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import run.kro.backend.bench.BenchTable;
import run.kro.backend.bench.SyntheticResourceGroups;
import run.kro.testenv.KubeTestEnv;
import run.kro.ui.ConsoleApplication;
import run.kro.ui.graph.GraphSvg;
import run.kro.ui.graph.LayeredLayout;
import run.kro.ui.rg.DraftCheck;
import run.kro.ui.rg.ValidationService;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.SignInPage;

/**
 * The live-validation round trip of the ResourceGroup editor on a 50-resource ResourceGroup,
 * measured in Chromium: from the moment the editor sends a change (after its debounce) to the
 * moment the markers of the answer are applied (compile, graph layout, SVG, push to the browser).
 * Also the server-side share alone. Before that, the console's start in a JVM of its own ({@link
 * ConsoleStart}). Its rows of the benchmark table ({@link BenchTable}). Arguments: resource count
 * (50), rounds (100).
 */
public final class LiveValidationBenchmark {

  private static final String ROUND_TRIP_JS =
      """
      (text) => new Promise(resolve => {
        const el = document.querySelector('.kro-yaml-editor');
        let start;
        el.addEventListener('kro-change', () => start = performance.now(), { once: true });
        const observer = new MutationObserver(() => {
          if (start !== undefined) { observer.disconnect(); resolve(performance.now() - start); }
        });
        observer.observe(el, { attributes: true, attributeFilter: ['data-markers'] });
        el.__kroEditor.setValue(text);
      })""";

  private LiveValidationBenchmark() {}

  public static void main(String[] args) {
    int resources = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    String yaml = SyntheticResourceGroups.withResources(resources);
    BenchTable table = new BenchTable();
    new ConsoleStart(
            Path.of(System.getProperty(ConsoleStart.JAR_PROPERTY)),
            KubeTestEnv.get().kubeconfig(),
            Path.of(System.getProperty("kro.bench.logs", "target/bench")))
        .measure()
        .forEach(table::add);
    ConfigurableApplicationContext app =
        SpringApplication.run(
            ConsoleApplication.class,
            "--server.port=0",
            "--kro.kubernetes.kubeconfig=" + KubeTestEnv.get().kubeconfig(),
            "--vaadin.productionMode=false",
            "--logging.level.root=WARN");
    try (Browser browser = new Browser()) {
      int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
      double[] server = serverSide(app.getBean(ValidationService.class), yaml, rounds);
      double[] roundTrip = inBrowser(browser.newPage(), port, yaml, rounds);
      String size =
          String.format(Locale.ROOT, "%d-resource ResourceGroup, %d rounds", resources, rounds);
      table.add(
          row(
              "server share: compile + graph layout + SVG, fresh layout each time",
              size,
              server,
              ""));
      table.add(
          row(
              "round trip in Chromium: change sent → markers applied",
              size,
              roundTrip,
              "p95 < 150 ms"));
      table.publish(System.out);
    } finally {
      app.close();
    }
  }

  private static double[] serverSide(ValidationService validation, String yaml, int rounds) {
    LayeredLayout layout = new LayeredLayout();
    GraphSvg svg = new GraphSvg();
    List<Double> times = new ArrayList<>();
    for (int i = -rounds / 5; i < rounds; i++) {
      long start = System.nanoTime();
      DraftCheck check = validation.check(yaml + "# round " + i + "\n");
      svg.render(check.graph(), layout.layout(check.graph()));
      if (!check.isValid()) {
        throw new IllegalStateException(
            "the synthetic ResourceGroup does not compile: " + check.errors());
      }
      if (i >= 0) {
        times.add((System.nanoTime() - start) / 1e6);
      }
    }
    return sorted(times);
  }

  private static double[] inBrowser(Page page, int port, String yaml, int rounds) {
    SignInPage.open(page, "http://localhost:" + port).signIn("pat", "pat");
    page.waitForURL("http://localhost:" + port + "/**");
    page.navigate("http://localhost:" + port + "/resourcegroups/new");
    page.locator(".kro-yaml-editor[data-ready]").waitFor();
    List<Double> times = new ArrayList<>();
    for (int i = -rounds / 5; i < rounds; i++) {
      double ms =
          ((Number) page.evaluate(ROUND_TRIP_JS, yaml + "# round " + i + "\n")).doubleValue();
      if (i >= 0) {
        times.add(ms);
      }
    }
    return sorted(times);
  }

  private static double[] sorted(List<Double> times) {
    double[] values = times.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(values);
    return values;
  }

  private static BenchTable.Row row(String measure, String size, double[] sorted, String target) {
    return new BenchTable.Row(
        "console",
        "live validation: " + measure,
        size,
        String.format(
            Locale.ROOT,
            "p50 %.0f ms, **p95 %.0f ms**, max %.0f ms",
            BenchTable.percentile(sorted, 50),
            BenchTable.percentile(sorted, 95),
            sorted[sorted.length - 1]),
        target);
  }
}
