package run.kro.operator.resourcegroup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;

/**
 * The ResourceGroup these tests change: two ConfigMaps, with a replaceable expression and an
 * optional field.
 */
record Greeter(String name, String kind) {

  static final String VALID = "${schema.spec.greeting}";
  static final String SIZE_FIELD = "      size: integer | default=1";

  GenericKubernetesResource resourceGroup(
      String greetingExpression, String extraField, boolean allowBreaking) {
    return Fixtures.object(
        "resourcegroup/greeter.yaml",
        Map.of(
            "RG",
            name,
            "KIND",
            kind,
            "GREETING_EXPRESSION",
            greetingExpression,
            "EXTRA_FIELD",
            extraField,
            "ALLOW",
            Boolean.toString(allowBreaking)));
  }

  /** The ResourceGroup, Active, with one ACTIVE instance {@code greeter} in {@code namespace}. */
  void installWithInstance(Cluster cluster, String namespace) {
    cluster.applyActive(resourceGroup(VALID, "", false));
    cluster.apply(instance(namespace, "hello"));
    cluster.awaitState("kro.run/v1alpha1", kind, namespace, "greeter", "ACTIVE");
  }

  GenericKubernetesResource instance(String namespace, String greeting) {
    return Fixtures.object(
        "resourcegroup/instance.yaml", Map.of("KIND", kind, "NS", namespace, "GREETING", greeting));
  }
}
