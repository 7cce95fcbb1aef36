package run.kro.backend.schema;

import java.util.Set;

/** One {@code key=value} of a SimpleSchema field's markers, the value unquoted. */
record Marker(String key, String value) {

  static final Set<String> KNOWN =
      Set.of(
          "required",
          "default",
          "description",
          "minimum",
          "maximum",
          "validation",
          "enum",
          "immutable",
          "pattern",
          "uniqueItems",
          "minLength",
          "maxLength",
          "minItems",
          "maxItems",
          "listType",
          "listMapKey");
}
