package run.kro.backend.model;

/** Whether instances of the generated API live in a namespace; named as the CRD field spells it. */
public enum Scope {
  Namespaced,
  Cluster
}
