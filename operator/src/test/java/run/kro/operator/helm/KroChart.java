package run.kro.operator.helm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The chart {@code helm/kro} of this repository, rendered in-process by helm-java as {@code helm
 * template} would, with values files from {@code src/test/resources/helm/}.
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
      throw new IllegalStateException(
          "helm/kro not found from " + here + ": run the tests from the operator module");
    }
    return root;
  }

  static Path directory() {
    return repositoryRoot().resolve("helm/kro");
  }

  static Helm helm() {
    return new Helm(directory());
  }

  /**
   * Renders the templates (as {@code helm template}, without {@code crds/}) with the given values
   * files.
   */
  static RenderedChart render(String... valuesFiles) {
    return renderIn(NAMESPACE, Map.of(), valuesFiles);
  }

  /** Renders with one value set on top of the values files, as {@code --set key=value}. */
  static RenderedChart renderWith(String key, Object value, String... valuesFiles) {
    return RenderedChart.parse(
        template(RELEASE, NAMESPACE, valuesFiles(valuesFiles)).set(key, value).call());
  }

  /** Renders into a namespace, with values files and then values given as a map (the last wins). */
  static RenderedChart renderIn(
      String namespace, Map<String, Object> values, String... valuesFiles) {
    List<Path> files = new ArrayList<>(valuesFiles(valuesFiles));
    if (!values.isEmpty()) {
      files.add(writeValues(values));
    }
    return render(RELEASE, namespace, files);
  }

  /**
   * Renders a release into a namespace with values files (the last wins), as Helm installs it with
   * them.
   */
  static RenderedChart render(String release, String namespace, List<Path> valuesFiles) {
    return RenderedChart.parse(template(release, namespace, valuesFiles).call());
  }

  private static TemplateCommand template(
      String release, String namespace, List<Path> valuesFiles) {
    TemplateCommand template = helm().template().withName(release).withNamespace(namespace);
    for (Path file : valuesFiles) {
      template = template.withValuesFile(file);
    }
    return template;
  }

  /** Values written to a temporary file, for Helm's {@code --values}. */
  /**
   * Values with the demo groups (platform, developers, auditors) and {@code teams}, each a map of
   * the chart's team fields (name, group, namespaces, createNamespaces).
   */
  static Map<String, Object> teamValues(List<Map<String, Object>> teams) {
    return Map.of(
        "rbac",
        Map.of(
            "teams",
            Map.of(
                "platformGroups", List.of("platform"),
                "developerGroups", List.of("developers"),
                "viewerGroups", List.of("auditors"),
                "teams", teams)));
  }

  /** One team of {@link #teamValues}: group and name alike. */
  static Map<String, Object> team(String name, List<String> namespaces, boolean createNamespaces) {
    return Map.of(
        "name",
        name,
        "group",
        name,
        "namespaces",
        namespaces,
        "createNamespaces",
        createNamespaces);
  }

  static Path writeValues(Map<String, Object> values) {
    try {
      Path file = Files.createTempFile("kro-values", ".yaml");
      file.toFile().deleteOnExit();
      YAML.writeValue(file.toFile(), values);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The chart's CRD files ({@code crds/}), which Helm installs before the templates. */
  static List<Path> crdFiles() {
    try (Stream<Path> files = Files.list(directory().resolve("crds"))) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> valuesFiles(String... names) {
    return Stream.of(names).map(KroChart::valuesFile).toList();
  }

  static Path valuesFile(String name) {
    Path file = repositoryRoot().resolve("operator/src/test/resources/helm").resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no values file " + file);
    }
    return file;
  }
}
