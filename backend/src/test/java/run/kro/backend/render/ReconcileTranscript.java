package run.kro.backend.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.DesiredObject;
import run.kro.backend.api.Evaluated;
import run.kro.backend.api.ExternalTarget;
import run.kro.backend.api.Inclusion;
import run.kro.backend.api.InstanceEvaluation;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.api.Readiness;
import run.kro.backend.api.RuntimeOptions;
import run.kro.backend.api.StatusProjection;
import run.kro.backend.engine.InstanceEvaluator;
import run.kro.backend.model.Condition;

/**
 * Plays one reconcile the way the controller does, against a scripted cluster, and writes down
 * everything the engine answered. For each resource in topological order: inclusion; if included,
 * desired objects (or the external target); if that is a value and the case says what the cluster
 * holds for the resource, observe it; then readiness. At the end, the status with the case's
 * built-in conditions.
 *
 * <p>The case's {@code observed.<id>} is either a list of objects, or {@code {fromDesired: PATCH}}:
 * each desired object merged with PATCH (as if applied and then updated by a controller),
 * optionally {@code reversed: true} and with {@code extra} objects appended (left over in the
 * cluster).
 *
 * <p>{@code transcript.instanceLabels: false} leaves out of the transcript the labels every child
 * of the instance carries alike (owned, version, instance-*, managed-by, part-of), so that a case
 * can focus on something else; the node, collection and apply-order metadata stay.
 */
final class ReconcileTranscript {

  static final String KRO_VERSION = "v0.0.0-test";
  private static final Set<String> INSTANCE_LABELS =
      Set.of(
          KroMetadata.OWNED,
          KroMetadata.KRO_VERSION,
          KroMetadata.INSTANCE_ID,
          KroMetadata.INSTANCE_NAME,
          KroMetadata.INSTANCE_NAMESPACE,
          KroMetadata.INSTANCE_GROUP,
          KroMetadata.INSTANCE_VERSION,
          KroMetadata.INSTANCE_KIND,
          KroMetadata.MANAGED_BY,
          KroMetadata.APPLYSET_PART_OF);
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReconcileTranscript() {}

  static ObjectNode play(CompiledResourceGroup graph, JsonNode testCase) {
    int maxCollectionSize =
        testCase
            .path("options")
            .path("maxCollectionSize")
            .asInt(RuntimeOptions.DEFAULT_MAX_COLLECTION_SIZE);
    InstanceEvaluation evaluation =
        InstanceEvaluator.start(
            graph, testCase.path("instance"), new RuntimeOptions(maxCollectionSize, KRO_VERSION));
    ObjectNode transcript = JSON.createObjectNode();
    ObjectNode resources = transcript.putObject("resources");
    for (CompiledResource resource : graph.inTopologicalOrder()) {
      ObjectNode entry = resources.putObject(resource.id());
      Inclusion inclusion = evaluation.inclusion(resource.id());
      entry.put("inclusion", describe(inclusion));
      if (!(inclusion instanceof Inclusion.Included)) {
        continue;
      }
      List<JsonNode> desired = List.of();
      boolean known;
      if (resource.shape().isExternal()) {
        Evaluated<ExternalTarget> target = evaluation.externalTarget(resource.id());
        entry.set("target", describe(target, ReconcileTranscript::target));
        known = target instanceof Evaluated.Value<ExternalTarget>;
      } else {
        Evaluated<List<DesiredObject>> objects = evaluation.desired(resource.id());
        boolean instanceLabels = testCase.path("transcript").path("instanceLabels").asBoolean(true);
        entry.set("desired", describe(objects, o -> objects(o, instanceLabels)));
        known = objects instanceof Evaluated.Value<List<DesiredObject>>;
        if (objects instanceof Evaluated.Value<List<DesiredObject>> v) {
          desired = v.value().stream().map(o -> (JsonNode) o.object()).toList();
        }
      }
      JsonNode cluster = testCase.path("observed").path(resource.id());
      if (known && !cluster.isMissingNode()) {
        evaluation.observe(resource.id(), observed(cluster, desired));
      }
      entry.put("readiness", describe(evaluation.readiness(resource.id())));
    }
    transcript.set(
        "status", status(evaluation.status(builtIns(testCase.path("builtInConditions")))));
    return transcript;
  }

  private static List<JsonNode> observed(JsonNode cluster, List<JsonNode> desired) {
    if (cluster.isArray()) {
      List<JsonNode> objects = new ArrayList<>();
      cluster.forEach(objects::add);
      return objects;
    }
    List<JsonNode> objects = new ArrayList<>();
    for (JsonNode object : desired) {
      objects.add(merged(object.deepCopy(), cluster.path("fromDesired")));
    }
    if (cluster.path("reversed").asBoolean(false)) {
      Collections.reverse(objects);
    }
    cluster.path("extra").forEach(objects::add);
    return objects;
  }

  private static JsonNode merged(JsonNode target, JsonNode patch) {
    if (!target.isObject() || !patch.isObject()) {
      return patch.isMissingNode() ? target : patch.deepCopy();
    }
    ObjectNode object = (ObjectNode) target;
    patch
        .fields()
        .forEachRemaining(
            f -> object.set(f.getKey(), merged(object.path(f.getKey()), f.getValue())));
    return object;
  }

  private static Map<String, Condition> builtIns(JsonNode conditions) {
    Map<String, Condition> builtIns = new LinkedHashMap<>();
    conditions.forEach(
        c -> builtIns.put(c.path("type").asText(), JSON.convertValue(c, Condition.class)));
    return builtIns;
  }

  private static JsonNode status(StatusProjection status) {
    ObjectNode out = JSON.createObjectNode();
    out.set("fields", status.fields());
    status.authorConditions().ifPresent(c -> out.set("conditions", JSON.valueToTree(c)));
    out.put("pendingConditionEntries", status.pendingConditionEntries());
    out.set("errors", JSON.valueToTree(status.errors()));
    return out;
  }

  private static JsonNode objects(List<DesiredObject> objects, boolean instanceLabels) {
    ArrayNode out = JSON.createArrayNode();
    for (DesiredObject object : objects) {
      ObjectNode copy = object.object().deepCopy();
      if (!instanceLabels) {
        ((ObjectNode) copy.path("metadata").path("labels")).remove(INSTANCE_LABELS);
      }
      out.add(copy);
    }
    return out;
  }

  private static JsonNode target(ExternalTarget target) {
    ObjectNode out = JSON.createObjectNode();
    out.put("apiVersion", target.gvk().apiVersion());
    out.put("kind", target.gvk().kind());
    target.namespace().ifPresent(n -> out.put("namespace", n));
    target.name().ifPresent(n -> out.put("name", n));
    target.labelSelector().ifPresent(s -> out.put("labelSelector", s));
    return out;
  }

  private static <T> JsonNode describe(Evaluated<T> evaluated, Function<T, JsonNode> value) {
    if (evaluated instanceof Evaluated.Value<T> v) {
      return value.apply(v.value());
    }
    return JSON.getNodeFactory()
        .textNode(
            evaluated instanceof Evaluated.Pending<T> p
                ? "Pending: " + p.reason()
                : "Failed: " + ((Evaluated.Failed<T>) evaluated).message());
  }

  static String describe(Inclusion inclusion) {
    if (inclusion instanceof Inclusion.Skipped s) {
      return "Skipped: " + s.reason();
    }
    if (inclusion instanceof Inclusion.Pending p) {
      return "Pending: " + p.reason();
    }
    return inclusion instanceof Inclusion.Failed f ? "Failed: " + f.message() : "Included";
  }

  static String describe(Readiness readiness) {
    if (readiness instanceof Readiness.NotReady n) {
      return "NotReady: " + n.reason();
    }
    return readiness instanceof Readiness.Failed f ? "Failed: " + f.message() : "Ready";
  }
}
