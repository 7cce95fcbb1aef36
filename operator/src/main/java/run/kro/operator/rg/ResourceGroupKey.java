package run.kro.operator.rg;

import run.kro.backend.model.ResourceGroupKind;

/** A ResourceGroup or ResourceGraphDefinition (both cluster-scoped) by kind and name. */
public record ResourceGroupKey(ResourceGroupKind kind, String name) implements run.kro.operator.queue.LogFields {

  @Override
  public java.util.Map<String, String> logFields() {
    return java.util.Map.of("kro.kind", kind.kind(), "kro.name", name);
  }

  /** How logs, conditions and the graph registry name it, e.g. {@code ResourceGroup/web-app}. */
  public String owner() {
    return kind.kind() + "/" + name;
  }

  @Override
  public String toString() {
    return owner();
  }
}
