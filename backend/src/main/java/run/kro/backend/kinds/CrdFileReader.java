package run.kro.backend.kinds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import run.kro.backend.source.SourceDocument;
import run.kro.backend.source.YamlSourceReader;
import run.kro.backend.source.YamlSyntaxException;

/**
 * Reads the kind schemas of the CustomResourceDefinitions in YAML or JSON files: a file, or a
 * directory searched recursively for {@code .yaml}, {@code .yml} and {@code .json} files. Files may
 * hold several documents; documents that are not {@code apiextensions.k8s.io/v1} CRDs are skipped.
 * A file that cannot be read, or holds a broken CRD, fails with the file's name in the message.
 */
public final class CrdFileReader {

  static final String CRD_API_VERSION = "apiextensions.k8s.io/v1";
  static final String CRD_KIND = "CustomResourceDefinition";
  static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

  private final YamlSourceReader yaml = new YamlSourceReader();
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * The served versions of every CRD under {@code path}, in file-name order when it is a directory.
   */
  public List<KindSchema> read(Path path) {
    if (!Files.exists(path)) {
      throw new SchemaSourceException(
          "cannot read CRD file " + path + ": no such file or directory");
    }
    List<KindSchema> schemas = new ArrayList<>();
    for (Path file : filesIn(path)) {
      for (CustomResourceDefinition crd : readFile(file)) {
        try {
          schemas.addAll(CrdVersionSchemas.of(crd));
        } catch (SchemaSourceException e) {
          throw new SchemaSourceException("CRD file " + file + ": " + e.getMessage(), e);
        }
      }
    }
    return schemas;
  }

  private static List<Path> filesIn(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files
          .filter(Files::isRegularFile)
          .filter(CrdFileReader::hasCrdExtension)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new SchemaSourceException(
          "cannot list CRD directory " + path + ": " + e.getMessage(), e);
    }
  }

  private List<CustomResourceDefinition> readFile(Path file) {
    List<CustomResourceDefinition> crds = new ArrayList<>();
    try {
      for (SourceDocument document : yaml.read(file.toString(), Files.readString(file))) {
        if (isCrd(document.root())) {
          crds.add(mapper.treeToValue(document.root(), CustomResourceDefinition.class));
        }
      }
    } catch (YamlSyntaxException e) {
      throw new SchemaSourceException(
          "cannot read CRD file " + e.error().describeIn(file.toString()), e);
    } catch (JsonMappingException e) {
      throw new SchemaSourceException(
          "cannot read CRD file " + file + ": at " + pathOf(e) + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new SchemaSourceException(
          "cannot read CRD file " + file + ": " + e.getOriginalMessage(), e);
    } catch (CharacterCodingException e) {
      throw new SchemaSourceException("cannot read CRD file " + file + ": it is not UTF-8 text", e);
    } catch (IOException e) {
      throw new SchemaSourceException("cannot read CRD file " + file + ": " + e, e);
    }
    return crds;
  }

  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(
            step ->
                step.getFieldName() != null
                    ? "." + step.getFieldName()
                    : "[" + step.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static boolean isCrd(JsonNode root) {
    return CRD_API_VERSION.equals(root.path("apiVersion").asText())
        && CRD_KIND.equals(root.path("kind").asText());
  }

  private static boolean hasCrdExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
