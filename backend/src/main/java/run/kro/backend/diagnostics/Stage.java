package run.kro.backend.diagnostics;

/**
 * The compile stage that found an error; tells the user which part of the ResourceGroup to look at.
 */
public enum Stage {
  /** The file is not readable YAML. */
  YAML,
  /**
   * The document does not have the shape of a ResourceGroup (unknown field, wrong type, missing
   * field).
   */
  MODEL,
  /** Names and ids: kind, resource ids, iterator names, reserved words. */
  NAMING,
  /** SimpleSchema of the instance spec, custom types and markers. */
  SCHEMA,
  /** A resource template or external reference: object shape, kind, schema lookup, scope. */
  RESOURCE,
  /** A CEL expression: extraction, parsing, identifiers, types. */
  EXPRESSION,
  /** The dependency graph: cycles and self references. */
  GRAPH,
  /** Instance status fields and conditions. */
  STATUS
}
