package run.kro.backend.api;

/** How a resource of the graph exists: applied by kro or only read, one object or many. */
public enum ResourceShape {
  /** A template applied as one object. */
  TEMPLATE,
  /** A template applied once per forEach item. */
  COLLECTION,
  /** An existing object read by name. */
  EXTERNAL,
  /** Existing objects read by label selector. */
  EXTERNAL_COLLECTION;

  public boolean isExternal() {
    return this == EXTERNAL || this == EXTERNAL_COLLECTION;
  }

  /** Other resources see this one as a list. */
  public boolean isList() {
    return this == COLLECTION || this == EXTERNAL_COLLECTION;
  }
}
