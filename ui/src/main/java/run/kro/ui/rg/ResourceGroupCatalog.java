package run.kro.ui.rg;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.backend.model.Schema;
import run.kro.ui.base.ClusterAccess;

/**
 * The ResourceGroups and ResourceGraphDefinitions in the cluster, for the console's list and
 * editor. Reads the stored objects as they are (not compiled), so one that no longer compiles is
 * still listed and can be opened and fixed.
 */
@Service
public class ResourceGroupCatalog {

  /**
   * Neither the ResourceGroup API nor its SimpleSchema has a description field, so the console
   * reads this annotation, which authors may set in {@code metadata.annotations}.
   */
  public static final String DESCRIPTION_ANNOTATION = "kro.run/description";

  private static final String READY = "Ready";

  /** The state shown for a ResourceGroup whose deletion waits for the controller's finalizer. */
  public static final String DELETING = "Deleting";

  private final ClusterAccess cluster;
  private final ResourceGroupObjects objects;

  public ResourceGroupCatalog(ClusterAccess cluster) {
    this.cluster = cluster;
    this.objects = new ResourceGroupObjects(cluster);
  }

  /** Both kinds, by name (and kind where names repeat). */
  public List<ResourceGroupSummary> list() {
    GeneratedKinds kinds = GeneratedKinds.read(cluster.client());
    List<ResourceGroupSummary> summaries = new ArrayList<>();
    for (ResourceGroupKind kind : ResourceGroupKind.values()) {
      objects.list(kind).forEach(object -> summaries.add(summarize(kind, object, kinds)));
    }
    summaries.sort(
        Comparator.comparing(ResourceGroupSummary::name)
            .thenComparing(ResourceGroupSummary::sourceKind));
    return summaries;
  }

  /**
   * The stored object as YAML to edit (see {@link EditableYaml}); empty when there is none. {@code
   * kind} is {@code ResourceGroup} or {@code ResourceGraphDefinition}.
   */
  public Optional<String> yaml(String kind, String name) {
    ResourceGroupKind sourceKind =
        ResourceGroupKind.fromKind(kind)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "kind must be ResourceGroup or ResourceGraphDefinition, got \""
                            + kind
                            + "\""));
    return objects.get(sourceKind, name).map(EditableYaml::of);
  }

  private static ResourceGroupSummary summarize(
      ResourceGroupKind kind, GenericKubernetesResource object, GeneratedKinds kinds) {
    String group =
        text(object.get("spec", "schema", "group"))
            .filter(g -> !g.isEmpty())
            .orElse(Schema.DEFAULT_GROUP);
    String version = text(object.get("spec", "schema", "apiVersion")).orElse("");
    String instanceKind = text(object.get("spec", "schema", "kind")).orElse("");
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    return new ResourceGroupSummary(
        object.getMetadata().getName(),
        kind,
        group + "/" + version,
        instanceKind,
        object.getMetadata().getDeletionTimestamp() != null
            ? Optional.of(DELETING)
            : text(object.get("status", "state")).filter(s -> !s.isEmpty()),
        ready(object.get("status", "conditions")),
        instanceKind.isEmpty()
            ? OptionalLong.of(0)
            : kinds.instanceCount(object.getMetadata().getName(), group, version, instanceKind),
        !instanceKind.isEmpty()
            && kinds.definedBy(object.getMetadata().getName(), group, instanceKind),
        created(object.getMetadata().getCreationTimestamp()),
        Optional.ofNullable(annotations)
            .map(a -> a.get(DESCRIPTION_ANNOTATION))
            .filter(d -> !d.isBlank()));
  }

  private static ReadyCondition ready(Object conditions) {
    if (!(conditions instanceof List<?> list)) {
      return ReadyCondition.NOT_REPORTED;
    }
    return list.stream()
        .filter(Map.class::isInstance)
        .map(Map.class::cast)
        .filter(c -> READY.equals(c.get("type")))
        .findFirst()
        .map(
            c ->
                new ReadyCondition(
                    ReadyCondition.Status.of(String.valueOf(c.get("status"))),
                    text(c.get("message")).orElse("")))
        .orElse(ReadyCondition.NOT_REPORTED);
  }

  private static Optional<Instant> created(String timestamp) {
    try {
      return Optional.ofNullable(timestamp).map(Instant::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(Object value) {
    return value instanceof String s ? Optional.of(s) : Optional.empty();
  }
}
