package run.kro.operator.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The chart {@code helm/kro} of this repository, rendered in-process by helm-java as {@code helm template} would, with
 * values files from {@code src/test/resources/helm/}.
 */
final class KroChart {

  static final String RELEASE = "kro";
  static final String NAMESPACE = "kro-system";

  private KroChart() {}

  /** The repository's root: the operator module's parent. */
  static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.isDirectory(here.resolve("helm")) ? here : here.getParent();
    if (root == null || !Files.isDirectory(root.resolve("helm/kro"))) {
      throw new IllegalStateException("helm/kro not found from " + here + ": run the tests from the operator module");
    }
    return root;
  }

  static Path directory() {
    return repositoryRoot().resolve("helm/kro");
  }

  static Helm helm() {
    return new Helm(directory());
  }

  /** Renders the chart (CRDs included) with default values plus the given values files. */
  static RenderedChart render(String... valuesFiles) {
    TemplateCommand template = helm().template().withName(RELEASE).withNamespace(NAMESPACE);
    for (String file : valuesFiles) {
      template = template.withValuesFile(valuesFile(file));
    }
    return RenderedChart.parse(template.call());
  }

  /** Renders with one value set on top of the values files, as {@code --set key=value}. */
  static RenderedChart renderWith(String key, Object value, String... valuesFiles) {
    TemplateCommand template = helm().template().withName(RELEASE).withNamespace(NAMESPACE);
    for (String file : valuesFiles) {
      template = template.withValuesFile(valuesFile(file));
    }
    return RenderedChart.parse(template.set(key, value).call());
  }

  static Path valuesFile(String name) {
    Path file = repositoryRoot().resolve("operator/src/test/resources/helm").resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no values file " + file);
    }
    return file;
  }
}
