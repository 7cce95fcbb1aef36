package run.kro.ui.instance.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import run.kro.backend.api.CompileResult;
import run.kro.backend.cluster.CompositeSchemaResolver;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;
import run.kro.backend.kinds.SchemaResolver;

/**
 * Test fixtures: the spec schema of a ResourceGroup's generated CRD, compiled by the backend, and
 * YAML specs.
 */
final class FormSchemas {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private FormSchemas() {}

  /**
   * The {@code spec} schema of the CRD compiled from a ResourceGroup on the classpath. An example's
   * CRDs (under {@code examples/<name>/crds}) resolve the kinds it uses beyond the built-in ones.
   */
  static JSONSchemaProps specSchemaOf(String resource) {
    Path crds = Path.of("..", resource).resolveSibling("crds");
    SchemaResolver kinds =
        Files.isDirectory(crds)
            ? CompositeSchemaResolver.offline(List.of(crds))
            : BuiltinKindSchemas.shared();
    CompileResult result = new ResourceGroupCompiler(kinds).compile(resource, read(resource));
    assertThat(result.errors()).as("compile errors of %s", resource).isEmpty();
    return result
        .compiled()
        .orElseThrow()
        .instanceCrd()
        .getSpec()
        .getVersions()
        .get(0)
        .getSchema()
        .getOpenAPIV3Schema()
        .getProperties()
        .get("spec");
  }

  static JSONSchemaProps everyType() {
    return specSchemaOf("instance/form/every-type.yaml");
  }

  static ObjectNode spec(String yaml) {
    try {
      return (ObjectNode) YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JSONSchemaProps schema(String yaml) {
    try {
      return YAML.readValue(yaml, JSONSchemaProps.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String resource) {
    try (InputStream in = FormSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("resource %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
