package run.kro.backend.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.DesiredObject;
import run.kro.backend.api.Evaluated;
import run.kro.backend.api.ExternalTarget;
import run.kro.backend.api.Inclusion;
import run.kro.backend.api.InstanceEvaluation;
import run.kro.backend.api.RuntimeOptions;
import run.kro.backend.engine.InstanceEvaluator;

/**
 * One reconcile of an instance without a cluster: the engine's {@link InstanceEvaluation}, walked
 * in apply order as the controller walks it (includeWhen, then the desired objects or the external
 * reference's target, then what the cluster holds), with the cluster's answers taken from the
 * observed files. A file's objects are laid over the rendered ones, item by item, so a file may
 * hold a whole live object or only what the cluster adds, such as status.
 */
final class RenderWalk {

  /** What became of a resource that gave no objects to apply. */
  enum State {
    PENDING("pending"),
    SKIPPED("skipped"),
    EXTERNAL("external"),
    FAILED("failed");

    final String label;

    State(String label) {
      this.label = label;
    }
  }

  /** A resource that gave no objects, and why. */
  record Note(String id, State state, String detail) {}

  /** The objects to apply, in apply order, and the resources that gave none. */
  record Rendering(List<DesiredObject> objects, List<Note> notes) {

    boolean failed() {
      return notes.stream().anyMatch(n -> n.state() == State.FAILED);
    }

    long count(State state) {
      return notes.stream().filter(n -> n.state() == state).count();
    }
  }

  private RenderWalk() {}

  static Rendering render(
      CompiledResourceGroup rg, JsonNode instance, Map<String, List<JsonNode>> observed) {
    InstanceEvaluation evaluation = InstanceEvaluator.start(rg, instance, RuntimeOptions.DEFAULTS);
    List<DesiredObject> objects = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    for (CompiledResource resource : rg.inTopologicalOrder()) {
      String id = resource.id();
      Inclusion inclusion = evaluation.inclusion(id);
      if (inclusion instanceof Inclusion.Skipped skipped) {
        notes.add(new Note(id, State.SKIPPED, skipped.reason()));
      } else if (inclusion instanceof Inclusion.Pending pending) {
        notes.add(new Note(id, State.PENDING, pending.reason()));
      } else if (inclusion instanceof Inclusion.Failed failed) {
        notes.add(new Note(id, State.FAILED, failed.message()));
      } else if (resource.shape().isExternal()) {
        Evaluated<ExternalTarget> target = evaluation.externalTarget(id);
        if (target instanceof Evaluated.Value<ExternalTarget> value) {
          notes.add(
              new Note(id, State.EXTERNAL, "reads " + where(value.value()) + ", never applied"));
          if (observed.containsKey(id)) {
            evaluation.observe(id, observed.get(id));
          }
        } else {
          notes.add(unresolved(id, target));
        }
      } else {
        Evaluated<List<DesiredObject>> desired = evaluation.desired(id);
        if (desired instanceof Evaluated.Value<List<DesiredObject>> value) {
          objects.addAll(value.value());
          if (observed.containsKey(id)) {
            evaluation.observe(id, overlay(value.value(), observed.get(id)));
          }
        } else {
          notes.add(unresolved(id, desired));
        }
      }
    }
    return new Rendering(objects, notes);
  }

  private static Note unresolved(String id, Evaluated<?> outcome) {
    return outcome instanceof Evaluated.Pending<?> pending
        ? new Note(id, State.PENDING, pending.reason())
        : new Note(id, State.FAILED, ((Evaluated.Failed<?>) outcome).message());
  }

  /**
   * Observed object i laid over desired object i; observed objects beyond the desired ones as they
   * are.
   */
  private static List<JsonNode> overlay(List<DesiredObject> desired, List<JsonNode> observed) {
    List<JsonNode> objects = new ArrayList<>(observed.size());
    for (int i = 0; i < observed.size(); i++) {
      objects.add(
          i < desired.size()
              ? merged(desired.get(i).object().deepCopy(), observed.get(i))
              : observed.get(i));
    }
    return objects;
  }

  private static JsonNode merged(JsonNode base, JsonNode over) {
    if (!(base instanceof ObjectNode object) || !over.isObject()) {
      return over;
    }
    over.fields()
        .forEachRemaining(
            f -> object.set(f.getKey(), merged(object.path(f.getKey()), f.getValue())));
    return object;
  }

  private static String where(ExternalTarget target) {
    String kind = target.gvk().apiVersion() + " " + target.gvk().kind();
    String namespace = target.namespace().map(ns -> ns + "/").orElse("");
    return target
        .name()
        .map(name -> kind + " " + namespace + name)
        .orElseGet(
            () ->
                kind
                    + " objects matching \""
                    + target.labelSelector().orElse("")
                    + "\""
                    + target.namespace().map(ns -> " in " + ns).orElse(" in all namespaces"));
  }
}
