package run.kro.backend.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code docs/api-reference.md} from the CRDs in {@code helm/crds}: per kind its names,
 * scope and printer columns, and one table of every field with type, required, default, description
 * and validation. The text depends only on the CRD files, so {@link ApiReferenceTest} can compare
 * it with the committed file.
 */
final class ApiReferenceGenerator {

  /** The command that regenerates the reference, named in the test's failure message. */
  static final String REGENERATE =
      "mvn -B -o -pl backend test -Dtest=ApiReferenceTest -Dkro.docs.write=true";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The reference for every {@code *.yaml} CRD in the folder, sorted by file name. */
  String generate(Path crdFolder) throws IOException {
    List<JsonNode> crds = new ArrayList<>();
    try (Stream<Path> files = Files.list(crdFolder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        crds.add(YAML.readTree(file.toFile()));
      }
    }
    return generate(crds);
  }

  String generate(List<JsonNode> crds) {
    StringBuilder md = new StringBuilder();
    md.append("# API reference\n\n")
        .append(
            "<!-- Generated from helm/crds by backend/src/test/java/run/kro/backend/docs/ApiReferenceGenerator.java;")
        .append(" do not edit. Regenerate: ")
        .append(REGENERATE)
        .append(" -->\n\n")
        .append(
            "The kinds KRO for Java serves in the `kro.run` group. Both take the same spec; `ResourceGroup` is our\n")
        .append(
            "name, `ResourceGraphDefinition` upstream kro's. What the fields mean in practice: [concepts.md](concepts.md);\n")
        .append("what the controller writes to `status`: [controller.md](controller.md).\n\n")
        .append(
            "Field paths use `[]` for the items of a list and `<key>` for the values of a map. \"any fields\" marks\n")
        .append(
            "an object whose content is free-form for the API server and checked by the engine instead\n")
        .append("(SimpleSchema, templates).\n\n");
    crds.forEach(
        crd ->
            md.append("- [")
                .append(kind(crd))
                .append("](#")
                .append(kind(crd).toLowerCase())
                .append(")\n"));
    crds.forEach(crd -> kindSection(crd, md));
    return md.toString();
  }

  private static String kind(JsonNode crd) {
    return crd.path("spec").path("names").path("kind").asText();
  }

  private static void kindSection(JsonNode crd, StringBuilder md) {
    JsonNode spec = crd.path("spec");
    JsonNode names = spec.path("names");
    md.append("\n## ")
        .append(kind(crd))
        .append("\n\n")
        .append("| | |\n|---|---|\n")
        .append("| CRD | `")
        .append(crd.path("metadata").path("name").asText())
        .append("` |\n")
        .append("| group | `")
        .append(spec.path("group").asText())
        .append("` |\n")
        .append("| scope | ")
        .append(spec.path("scope").asText())
        .append(" |\n")
        .append("| plural, singular | `")
        .append(names.path("plural").asText())
        .append("`, `")
        .append(names.path("singular").asText())
        .append("` |\n")
        .append("| short names | ")
        .append(codeList(names.path("shortNames")))
        .append(" |\n")
        .append("| categories | ")
        .append(codeList(names.path("categories")))
        .append(" |\n");
    for (JsonNode version : spec.path("versions")) {
      md.append("\n### ")
          .append(kind(crd))
          .append(" ")
          .append(version.path("name").asText())
          .append("\n\n");
      JsonNode root = version.path("schema").path("openAPIV3Schema");
      md.append(cell(root.path("description").asText("")))
          .append("\n\n")
          .append("Served: ")
          .append(version.path("served").asBoolean())
          .append("; storage: ")
          .append(version.path("storage").asBoolean())
          .append("; status subresource: ")
          .append(version.path("subresources").has("status") ? "yes" : "no")
          .append(".\n\n");
      printerColumns(version.path("additionalPrinterColumns"), md);
      md.append("| field | type | required | default | description | validation |\n")
          .append("|---|---|---|---|---|---|\n");
      for (String top : List.of("spec", "status")) {
        if (root.path("properties").has(top)) {
          boolean required = false;
          for (JsonNode name : root.path("required")) {
            required |= name.asText().equals(top);
          }
          CrdField.flatten(top, root.path("properties").path(top), required)
              .forEach(f -> row(f, md));
        }
      }
    }
  }

  private static void printerColumns(JsonNode columns, StringBuilder md) {
    if (columns.isEmpty()) {
      return;
    }
    md.append("`kubectl get` columns: ");
    List<String> shown = new ArrayList<>();
    columns.forEach(
        c ->
            shown.add(
                "`"
                    + c.path("name").asText()
                    + "` ("
                    + c.path("jsonPath").asText()
                    + (c.has("priority") ? ", with `-o wide`" : "")
                    + ")"));
    md.append(cell(String.join(", ", shown))).append(".\n\n");
  }

  private static void row(CrdField field, StringBuilder md) {
    md.append("| `")
        .append(field.path())
        .append("` | ")
        .append(cell(field.type()))
        .append(" | ")
        .append(field.required() ? "yes" : "")
        .append(" | ")
        .append(field.defaultValue().isEmpty() ? "" : "`" + cell(field.defaultValue()) + "`")
        .append(" | ")
        .append(cell(field.description()))
        .append(" | ")
        .append(
            cell(
                String.join(
                    "; ", field.validation().stream().map(ApiReferenceGenerator::code).toList())))
        .append(" |\n");
  }

  private static String code(String rule) {
    int colon = rule.indexOf(": ");
    if (rule.startsWith("rule ")) {
      int paren = rule.lastIndexOf(" (");
      return "`" + rule.substring(5, paren) + "`" + rule.substring(paren);
    }
    return colon < 0 ? rule : rule.substring(0, colon + 2) + "`" + rule.substring(colon + 2) + "`";
  }

  private static String codeList(JsonNode values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add("`" + v.asText() + "`"));
    return out.isEmpty() ? "none" : String.join(", ", out);
  }

  /** Table-safe text: one line, pipes escaped. */
  private static String cell(String text) {
    return text.replace("\n", " ").strip().replace("|", "\\|");
  }
}
