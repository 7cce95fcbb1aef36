package run.kro.ui.instance.form;

import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import run.kro.backend.openapi.SchemaTypes;
import run.kro.backend.source.FieldPath;

/**
 * Lists the fields of a schema the form cannot show; rows of arrays and maps appear as {@code [*]}.
 */
final class UnsupportedFields {

  private UnsupportedFields() {}

  static List<String> of(JSONSchemaProps schema, String rootName) {
    List<String> out = new ArrayList<>();
    walk(schema, rootName, out);
    return List.copyOf(out);
  }

  private static void walk(JSONSchemaProps schema, String path, List<String> out) {
    switch (FieldKind.of(schema)) {
      case UNSUPPORTED -> out.add(path);
      case OBJECT -> {
        Map<String, JSONSchemaProps> properties =
            schema.getProperties() == null ? Map.of() : schema.getProperties();
        properties.forEach((name, property) -> walk(property, child(path, name), out));
      }
      case ARRAY -> walk(schema.getItems().getSchema(), path + "[*]", out);
      case MAP ->
          walk(SchemaTypes.additionalPropertiesSchema(schema).orElseThrow(), path + "[*]", out);
      default -> {}
    }
  }

  /** Appends a key as {@link FieldPath} prints it, quoted when it holds dots or brackets. */
  private static String child(String path, String name) {
    String key = FieldPath.of(name).toString();
    return key.startsWith("[") ? path + key : path + "." + key;
  }
}
