package run.kro.operator.rg;

import java.util.Map;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.operator.queue.LogFields;

/** A ResourceGroup or ResourceGraphDefinition (both cluster-scoped) by kind and name. */
public record ResourceGroupKey(ResourceGroupKind kind, String name) implements LogFields {

  @Override
  public Map<String, String> logFields() {
    return Map.of("kro.kind", kind.kind(), "kro.name", name);
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
