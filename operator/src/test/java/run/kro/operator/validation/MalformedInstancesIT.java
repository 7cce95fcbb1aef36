package run.kro.operator.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.FieldValidateable.Validation;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import run.kro.operator.testing.AuditLog;
import run.kro.operator.testing.Cluster;
import run.kro.operator.testing.Fixtures;
import run.kro.operator.testing.TestController;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;

/**
 * Malformed instances never get past the API server: the CRD generated from the SimpleSchema
 * carries its rules, so every create below is refused with a 422 whose message names the field path
 * and the rule, nothing is stored, and the controller writes nothing for them (while it does serve
 * a good instance in the same namespace).
 */
@KubeTest
class MalformedInstancesIT {

  private static final String API = "kro.run/v1alpha1";
  private static final String KIND = "StrictWidget";
  private static final int INVALID = 422;
  private static final int BAD_REQUEST = 400;
  private static final int INTERNAL_ERROR = 500;

  private static Cluster cluster;
  private static AuditLog audit;
  private static String ns;
  private static long mark;

  @BeforeAll
  static void setUp(KubeTestEnv env) {
    TestController.running();
    cluster = new Cluster(env.adminClient());
    audit = new AuditLog(env.auditLog());
    cluster.applyActive(
        Fixtures.object("validation/strict.yaml", Map.of("RG", "strict-widget", "KIND", KIND)));
    ns = env.newNamespace("malformed");
    mark = audit.mark();
  }

  /** One malformed instance per row: its name, its spec, and what the server's message must say. */
  static Stream<Arguments> malformed() {
    return Stream.of(
        row(
            "wrong-type",
            "{name: shop, replicas: three}",
            "spec.replicas: Invalid value: \"string\": spec.replicas in body must be of type integer: \"string\""),
        row(
            "over-maximum",
            "{name: shop, replicas: 9}",
            "spec.replicas: Invalid value: 9: spec.replicas in body should be less than or equal to 5"),
        row(
            "under-minimum",
            "{name: shop, replicas: 0}",
            "spec.replicas: Invalid value: 0: spec.replicas in body should be greater than or equal to 1"),
        row("missing-required", "{replicas: 2}", "spec.name: Required value"),
        row(
            "missing-nested-required",
            "{name: shop, owner: {email: a@b}}",
            "spec.owner.team: Required value"),
        row(
            "bad-enum",
            "{name: shop, tier: test}",
            "spec.tier: Unsupported value: \"test\": supported values: \"dev\", \"prod\""),
        row(
            "pattern-mismatch",
            "{name: Shop_1}",
            "spec.name: Invalid value: \"Shop_1\": spec.name in body should match '^[a-z][a-z0-9-]*$'"),
        row(
            "nested-pattern-mismatch",
            "{name: shop, owner: {team: web, email: nobody}}",
            "spec.owner.email: Invalid value: \"nobody\": spec.owner.email in body should match '^[^@]+@[^@]+$'"),
        row(
            "too-long",
            "{name: abcdefghijklm}",
            "spec.name: Too long: may not be more than 12 bytes"),
        row(
            "too-many-items",
            "{name: shop, ports: [80, 443, 8080]}",
            "spec.ports: Too many: 3: must have at most 2 items"),
        row(
            "wrong-item-type",
            "{name: shop, ports: [http]}",
            "spec.ports[0]: Invalid value: \"string\": spec.ports[0] in body must be of type integer: \"string\""),
        row(
            "spec-not-an-object",
            "shop",
            "spec: Invalid value: \"string\": spec in body must be of type object: \"string\""));
  }

  private static Arguments row(String name, String spec, String message) {
    return Arguments.of(name, spec, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void isRefusedWithTheFieldAndTheRule(String name, String spec, String message) {
    GenericKubernetesResource instance = instance(name, spec);

    KubernetesClientException refusal =
        catchThrowableOfType(
            KubernetesClientException.class,
            () -> cluster.kind(API, KIND).inNamespace(ns).resource(instance).create());

    assertThat(refusal).as("%s must be refused", name).isNotNull();
    assertThat(refusal.getCode()).isEqualTo(INVALID);
    assertThat(refusal.getStatus().getMessage())
        .startsWith(KIND + ".kro.run \"" + name + "\" is invalid: ")
        .contains(message);
    assertThat(cluster.get(API, KIND, ns, name)).as("nothing stored").isEmpty();
  }

  /**
   * An unknown field is not a schema violation by default: fabric8 sends no {@code
   * fieldValidation}, so the server applies its default (Warn): it prunes the field, stores the
   * rest and answers with a warning header. Asking for Strict turns it into a 400 naming the field;
   * server-side apply (what the console sends) refuses it too, as a 500 whose message names the
   * field.
   */
  @Test
  void unknownFieldsArePrunedByDefaultAndRefusedWhenStrict() {
    GenericKubernetesResource strict = instance("unknown-strict", "{name: shop, colour: red}");
    KubernetesClientException refusal =
        catchThrowableOfType(
            KubernetesClientException.class,
            () ->
                cluster
                    .kind(API, KIND)
                    .inNamespace(ns)
                    .resource(strict)
                    .fieldValidation(Validation.STRICT)
                    .create());
    assertThat(refusal).isNotNull();
    assertThat(refusal.getCode()).isEqualTo(BAD_REQUEST);
    assertThat(refusal.getStatus().getMessage())
        .isEqualTo(
            KIND
                + " in version \"v1alpha1\" cannot be handled as a "
                + KIND
                + ": strict decoding error: unknown field \"spec.colour\"");
    assertThat(cluster.get(API, KIND, ns, "unknown-strict")).isEmpty();

    GenericKubernetesResource applied = instance("unknown-apply", "{name: shop, colour: red}");
    KubernetesClientException applyRefusal =
        catchThrowableOfType(KubernetesClientException.class, () -> cluster.apply(applied));
    assertThat(applyRefusal).as("server-side apply of an unknown field").isNotNull();
    // The server reports this as an internal error (500), not as invalid input, but the message
    // names the field.
    assertThat(applyRefusal.getCode()).isEqualTo(INTERNAL_ERROR);
    assertThat(applyRefusal.getStatus().getMessage())
        .startsWith(
            "failed to create typed patch object ("
                + ns
                + "/unknown-apply; "
                + API
                + ", Kind="
                + KIND
                + "): .spec.colour: field not declared in schema");
    assertThat(cluster.get(API, KIND, ns, "unknown-apply")).isEmpty();

    GenericKubernetesResource lenient = instance("unknown-pruned", "{name: shop, colour: red}");
    GenericKubernetesResource stored =
        cluster.kind(API, KIND).inNamespace(ns).resource(lenient).create();
    JsonNode spec = Cluster.tree(stored).path("spec");
    assertThat(spec.has("colour")).as("pruned: " + spec).isFalse();
    assertThat(spec.path("name").asText()).isEqualTo("shop");
    cluster.kind(API, KIND).inNamespace(ns).withName("unknown-pruned").delete();
  }

  /**
   * After every refusal above, the controller has written nothing but for the good instance created
   * last.
   */
  @AfterAll
  static void controllerCreatedNoChildren() {
    cluster.apply(instance("good", "{name: shop}"));
    cluster.awaitState(API, KIND, ns, "good", "ACTIVE");
    assertThat(cluster.get("v1", "ConfigMap", ns, "good-config")).isPresent();
    assertThat(audit.writesSince(mark, TestController.USER))
        .filteredOn(write -> write.contains(" " + ns + "/"))
        .isNotEmpty()
        .allMatch(
            write ->
                write.contains(" " + ns + "/good") || write.contains(" " + ns + "/unknown-pruned"),
            "writes for the good instance (and the pruned one) only");
    assertThat(cluster.client().configMaps().inNamespace(ns).list().getItems())
        .extracting(cm -> cm.getMetadata().getName())
        .filteredOn(name -> name.endsWith("-config"))
        .allMatch(name -> name.equals("good-config") || name.equals("unknown-pruned-config"));
  }

  private static GenericKubernetesResource instance(String name, String spec) {
    return Fixtures.object(
        "validation/instance.yaml", Map.of("KIND", KIND, "NS", ns, "NAME", name, "SPEC", spec));
  }
}
