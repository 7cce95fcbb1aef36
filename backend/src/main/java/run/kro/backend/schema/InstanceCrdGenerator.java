package run.kro.backend.schema;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceColumnDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.model.PrinterColumn;
import run.kro.backend.model.ResourceGroup;
import run.kro.backend.model.Schema;
import run.kro.backend.status.KroStatusFields;

/**
 * The CRD of the API a ResourceGroup defines (docs/design.md#the-generated-instance-crd): names and
 * plural, scope, one served and stored version with a status subresource, the spec schema, the
 * inferred status schema plus kro's {@code state} and {@code conditions}, printer columns (kro's
 * three, described as kro describes them, unless the ResourceGroup names its own), and kro's
 * ownership labels.
 */
public final class InstanceCrdGenerator {

  /** kro's columns when the ResourceGroup declares none, word for word as kro writes them. */
  private static final List<PrinterColumn> DEFAULT_PRINTER_COLUMNS =
      List.of(
          new PrinterColumn(
              "State",
              "string",
              null,
              "The state of a ResourceGraphDefinition instance",
              0,
              ".status.state"),
          new PrinterColumn(
              "Ready",
              "string",
              null,
              "Whether a ResourceGraphDefinition instance is ready",
              0,
              ".status.conditions[?(@.type==\"Ready\")].status"),
          new PrinterColumn(
              "Age", "date", null, "Age of the resource", 0, ".metadata.creationTimestamp"));

  private final String kroVersion;

  public InstanceCrdGenerator(String kroVersion) {
    this.kroVersion = kroVersion;
  }

  public CustomResourceDefinition generate(
      ResourceGroup rg, JSONSchemaProps spec, JSONSchemaProps status) {
    Schema schema = rg.spec().schema();
    String plural = Plurals.of(schema.kind());
    return new CustomResourceDefinitionBuilder()
        .withNewMetadata()
        .withName(plural + "." + schema.group())
        .withLabels(labels(rg))
        .withAnnotations(
            schema.metadata().annotations().isEmpty() ? null : schema.metadata().annotations())
        .endMetadata()
        .withNewSpec()
        .withGroup(schema.group())
        .withScope(schema.scope().name())
        .withNewNames()
        .withKind(schema.kind())
        .withListKind(schema.kind() + "List")
        .withPlural(plural)
        .withSingular(schema.kind().toLowerCase(Locale.ROOT))
        .withShortNames(schema.shortNames().isEmpty() ? null : schema.shortNames())
        .withCategories(schema.categories().isEmpty() ? null : schema.categories())
        .endNames()
        .addNewVersion()
        .withName(schema.apiVersion())
        .withServed(true)
        .withStorage(true)
        .withNewSubresources()
        .withNewStatus()
        .endStatus()
        .endSubresources()
        .withNewSchema()
        .withOpenAPIV3Schema(objectSchema(spec, status))
        .endSchema()
        .withAdditionalPrinterColumns(printerColumns(schema))
        .endVersion()
        .endSpec()
        .build();
  }

  private Map<String, String> labels(ResourceGroup rg) {
    Map<String, String> labels = new LinkedHashMap<>(rg.spec().schema().metadata().labels());
    labels.put(KroMetadata.OWNED, "true");
    labels.put(KroMetadata.KRO_VERSION, kroVersion);
    labels.put(KroMetadata.RESOURCE_GRAPH_DEFINITION_ID, rg.metadata().uid());
    labels.put(KroMetadata.RESOURCE_GRAPH_DEFINITION_NAME, rg.name());
    return labels;
  }

  private static JSONSchemaProps objectSchema(JSONSchemaProps spec, JSONSchemaProps status) {
    Map<String, JSONSchemaProps> properties = new LinkedHashMap<>();
    properties.put("apiVersion", typed("string"));
    properties.put("kind", typed("string"));
    properties.put("metadata", typed("object"));
    properties.put("spec", spec);
    properties.put("status", withKroStatus(status));
    return new JSONSchemaPropsBuilder().withType("object").withProperties(properties).build();
  }

  /**
   * kro always writes {@code state}, {@code conditions} and its own bookkeeping; the
   * ResourceGroup's fields come first.
   */
  private static JSONSchemaProps withKroStatus(JSONSchemaProps status) {
    Map<String, JSONSchemaProps> properties = new LinkedHashMap<>();
    if (status.getProperties() != null) {
      properties.putAll(status.getProperties());
    }
    properties.putIfAbsent("state", typed("string"));
    properties.putIfAbsent(
        "conditions",
        listOf(
            Map.of(
                "type",
                "string",
                "status",
                "string",
                "reason",
                "string",
                "message",
                "string",
                "lastTransitionTime",
                "string",
                "observedGeneration",
                "integer")));
    properties.putIfAbsent(KroStatusFields.GRAPH_REVISION, typed("integer"));
    properties.putIfAbsent(KroStatusFields.DESIRED_STATE_HASH, typed("string"));
    properties.putIfAbsent(
        KroStatusFields.MANAGED_RESOURCES,
        listOf(
            Map.of(
                "id",
                "string",
                "apiVersion",
                "string",
                "kind",
                "string",
                "namespace",
                "string",
                "name",
                "string",
                "state",
                "string",
                "message",
                "string",
                "desired",
                "integer",
                "observed",
                "integer")));
    return new JSONSchemaPropsBuilder().withType("object").withProperties(properties).build();
  }

  private static List<CustomResourceColumnDefinition> printerColumns(Schema schema) {
    if (!schema.additionalPrinterColumns().isEmpty()) {
      return schema.additionalPrinterColumns().stream().map(InstanceCrdGenerator::column).toList();
    }
    return DEFAULT_PRINTER_COLUMNS.stream().map(InstanceCrdGenerator::column).toList();
  }

  private static CustomResourceColumnDefinition column(PrinterColumn column) {
    return new CustomResourceColumnDefinitionBuilder()
        .withName(column.name())
        .withType(column.type())
        .withFormat(column.format())
        .withDescription(column.description())
        .withPriority(column.priority() == 0 ? null : column.priority())
        .withJsonPath(column.jsonPath())
        .build();
  }

  /** An array of objects with the given scalar fields (name to type), in name order. */
  private static JSONSchemaProps listOf(Map<String, String> fields) {
    JSONSchemaPropsBuilder item = new JSONSchemaPropsBuilder().withType("object");
    new TreeMap<>(fields).forEach((name, type) -> item.addToProperties(name, typed(type)));
    return new JSONSchemaPropsBuilder()
        .withType("array")
        .withNewItems()
        .withSchema(item.build())
        .endItems()
        .build();
  }

  private static JSONSchemaProps typed(String type) {
    return new JSONSchemaPropsBuilder().withType(type).build();
  }
}
