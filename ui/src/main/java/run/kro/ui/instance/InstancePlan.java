package run.kro.ui.instance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.DesiredObject;
import run.kro.backend.api.Evaluated;
import run.kro.backend.api.ExternalTarget;
import run.kro.backend.api.Inclusion;
import run.kro.backend.api.InstanceEvaluation;
import run.kro.backend.api.RuntimeOptions;
import run.kro.backend.engine.InstanceEvaluator;
import run.kro.ui.base.SecretRedaction;
import run.kro.ui.base.YamlText;
import run.kro.ui.instance.PlannedResource.Action;

/**
 * What the controller would apply for an instance that has no children yet, rendered by the backend
 * as the controller's walk renders it (in topological order: includeWhen, then the desired
 * objects), but observing nothing: resources that read other resources are reported as known only
 * after those exist. Each rendered object is handed to a check (the caller's dry run); the plan
 * itself does no I/O.
 */
final class InstancePlan {

  private InstancePlan() {}

  /**
   * @param instance as the API server returned it, defaults applied
   * @param check asked about every object that would be applied
   */
  static List<PlannedResource> of(
      CompiledResourceGroup compiled,
      JsonNode instance,
      Function<DesiredObject, ChildCheck> check) {
    InstanceEvaluation evaluation =
        InstanceEvaluator.start(compiled, instance, RuntimeOptions.DEFAULTS);
    List<PlannedResource> plan = new ArrayList<>();
    for (String id : compiled.graph().topologicalOrder()) {
      plan.add(plan(compiled, evaluation, compiled.resources().get(id), check));
    }
    return plan;
  }

  private static PlannedResource plan(
      CompiledResourceGroup compiled,
      InstanceEvaluation evaluation,
      CompiledResource resource,
      Function<DesiredObject, ChildCheck> check) {
    Inclusion inclusion = evaluation.inclusion(resource.id());
    if (inclusion instanceof Inclusion.Skipped skipped) {
      return planned(resource, Action.SKIPPED, skipped.reason(), List.of());
    }
    if (inclusion instanceof Inclusion.Pending pending) {
      return planned(
          resource, Action.PENDING, dependsOn(compiled, resource, pending.reason()), List.of());
    }
    if (inclusion instanceof Inclusion.Failed failed) {
      return planned(resource, Action.FAILED, failed.message(), List.of());
    }
    if (resource.shape().isExternal()) {
      Evaluated<ExternalTarget> target = evaluation.externalTarget(resource.id());
      if (target instanceof Evaluated.Value<ExternalTarget> value) {
        return planned(
            resource, Action.EXTERNAL, "reads existing " + where(value.value()), List.of());
      }
      return unevaluated(compiled, resource, target);
    }
    Evaluated<List<DesiredObject>> desired = evaluation.desired(resource.id());
    if (desired instanceof Evaluated.Value<List<DesiredObject>> value) {
      return planned(
          resource,
          Action.APPLY,
          "",
          value.value().stream().map(o -> object(o, check.apply(o))).toList());
    }
    return unevaluated(compiled, resource, desired);
  }

  private static PlannedResource unevaluated(
      CompiledResourceGroup compiled, CompiledResource resource, Evaluated<?> outcome) {
    if (outcome instanceof Evaluated.Pending<?> pending) {
      return planned(
          resource, Action.PENDING, dependsOn(compiled, resource, pending.reason()), List.of());
    }
    return planned(resource, Action.FAILED, ((Evaluated.Failed<?>) outcome).message(), List.of());
  }

  /**
   * Nothing is observed in a preview, so a pending resource waits for its dependencies to exist.
   */
  private static String dependsOn(
      CompiledResourceGroup compiled, CompiledResource resource, String reason) {
    Set<String> dependencies = compiled.graph().dependenciesOf(resource.id());
    if (dependencies.isEmpty()) {
      return reason;
    }
    return "depends on "
        + String.join(", ", dependencies)
        + ", known after "
        + (dependencies.size() == 1 ? "it exists" : "they exist");
  }

  private static String where(ExternalTarget target) {
    String namespace = target.namespace().map(ns -> ns + "/").orElse("");
    return target.gvk().kind()
        + " "
        + target
            .name()
            .map(name -> namespace + name)
            .orElseGet(
                () ->
                    "objects matching \""
                        + target.labelSelector().orElse("")
                        + "\""
                        + target.namespace().map(ns -> " in " + ns).orElse(""));
  }

  private static PlannedObject object(DesiredObject desired, ChildCheck check) {
    return new PlannedObject(
        desired.gvk().apiVersion(),
        desired.gvk().kind(),
        desired.namespace(),
        desired.name(),
        YamlText.write(SecretRedaction.redact(desired.object())),
        check);
  }

  private static PlannedResource planned(
      CompiledResource resource, Action action, String message, List<PlannedObject> objects) {
    return new PlannedResource(
        resource.id(),
        resource.gvk().apiVersion(),
        resource.gvk().kind(),
        action,
        message,
        objects);
  }
}
