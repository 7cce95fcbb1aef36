package run.kro.operator.helm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The chart {@code helm/kro} of this repository, rendered in-process by helm-java as {@code helm template} would, with
 * values files from {@code src/test/resources/helm/}.
 */
final class KroChart {

  static final String RELEASE = "kro";
  static final String NAMESPACE = "kro-system";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

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

  /** Renders the templates (as {@code helm template}, without {@code crds/}) with the given values files. */
  static RenderedChart render(String... valuesFiles) {
    return renderIn(NAMESPACE, Map.of(), valuesFiles);
  }

  /** Renders with one value set on top of the values files, as {@code --set key=value}. */
  static RenderedChart renderWith(String key, Object value, String... valuesFiles) {
    return RenderedChart.parse(template(NAMESPACE, valuesFiles).set(key, value).call());
  }

  /** Renders into a namespace, with values files and then values given as a map (the last wins). */
  static RenderedChart renderIn(String namespace, Map<String, Object> values, String... valuesFiles) {
    TemplateCommand template = template(namespace, valuesFiles);
    if (!values.isEmpty()) {
      try {
        Path file = Files.createTempFile("kro-values", ".yaml");
        file.toFile().deleteOnExit();
        YAML.writeValue(file.toFile(), values);
        template = template.withValuesFile(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return RenderedChart.parse(template.call());
  }

  private static TemplateCommand template(String namespace, String... valuesFiles) {
    TemplateCommand template = helm().template().withName(RELEASE).withNamespace(namespace);
    for (String file : valuesFiles) {
      template = template.withValuesFile(valuesFile(file));
    }
    return template;
  }

  static Path valuesFile(String name) {
    Path file = repositoryRoot().resolve("operator/src/test/resources/helm").resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no values file " + file);
    }
    return file;
  }
}
