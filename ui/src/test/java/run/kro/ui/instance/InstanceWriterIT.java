package run.kro.ui.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import run.kro.testenv.KubeTest;
import run.kro.testenv.KubeTestEnv;
import run.kro.ui.instance.PlannedResource.Action;
import run.kro.ui.testing.FixtureNames;

/** Previewing, creating, updating and deleting instances against a real API server. */
@KubeTest
class InstanceWriterIT {

  private static InstanceCluster cluster;

  private FixtureNames names;
  private InstanceApi api;
  private String namespace;

  @BeforeAll
  static void connect(KubernetesClient admin) {
    cluster = new InstanceCluster(admin);
  }

  @BeforeEach
  void resourceGroup() {
    names = InstanceFixtures.freshNames("writer");
    cluster.installResourceGroup("widgets.yaml", names);
    api = cluster.apis.resolve(names.name());
    namespace = KubeTestEnv.get().newNamespace("inst");
  }

  @Test
  void previewOfAValueBelowTheMinimumIsTheServersValidationMessage() {
    InstancePreview preview =
        cluster.writer.preview(
            names.name(), namespace, cluster.instance("shop", "{\"replicas\": 0}"));

    assertThat(preview.accepted()).isFalse();
    assertThat(preview.mode()).contains(InstancePreview.Mode.CREATE);
    assertThat(preview.refusal().orElseThrow())
        .contains(names.kind() + ".kro.run \"shop\" is invalid")
        .contains(
            "spec.replicas: Invalid value: 0: spec.replicas in body should be greater than or equal to 1")
        .doesNotContain("HTTP", "Exception");
    assertThat(preview.resources()).isEmpty();
  }

  /**
   * What the console shows for instances typed as YAML that break the schema: the server's words,
   * nothing stored.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      wrong type         | {"replicas": "three"}            | spec.replicas: Invalid value: "string": spec.replicas in body must be of type integer: "string"
      below the minimum  | {"replicas": 0}                  | spec.replicas: Invalid value: 0: spec.replicas in body should be greater than or equal to 1
      wrong item type    | {"colors": [1]}                  | spec.colors[0]: Invalid value: "integer": spec.colors[0] in body must be of type string: "integer"
      unknown field      | {"colour": "red"}                | strict decoding error: unknown field "spec.colour"
      two unknown fields | {"colour": "red", "size": 2}     | strict decoding error: unknown field "spec.colour", unknown field "spec.size"
      """)
  void malformedInstancesAreRefusedWithTheServersMessageAndNothingIsStored(
      String row, String spec, String message) {
    InstancePreview preview =
        cluster.writer.preview(names.name(), namespace, cluster.instance("shop", spec));
    WriteResult created =
        cluster.writer.create(names.name(), namespace, cluster.instance("shop", spec));

    assertThat(preview.accepted()).as(row).isFalse();
    assertThat(preview.refusal().orElseThrow())
        .contains(message)
        .doesNotContain("HTTP", "Exception", "typed patch", "valueUnstructured");
    assertThat(created.succeeded()).isFalse();
    assertThat(created.message()).isEqualTo(preview.refusal().orElseThrow());
    assertThat(cluster.stored(api, namespace, "shop")).as("nothing stored").isNull();
  }

  @Test
  void anUpdateWithAnUnknownFieldIsRefusedWithTheServersMessageAndChangesNothing() {
    assertThat(
            cluster
                .writer
                .create(names.name(), namespace, cluster.instance("shop", "{\"replicas\": 2}"))
                .succeeded())
        .isTrue();

    InstancePreview preview =
        cluster.writer.preview(
            names.name(),
            namespace,
            cluster.instance("shop", "{\"replicas\": 3, \"colour\": \"red\"}"));
    WriteResult updated =
        cluster.writer.update(
            names.name(),
            namespace,
            cluster.instance("shop", "{\"replicas\": 3, \"colour\": \"red\"}"));

    assertThat(preview.mode()).contains(InstancePreview.Mode.UPDATE);
    assertThat(preview.refusal().orElseThrow())
        .isEqualTo(
            names.kind()
                + " in version \"v1alpha1\" cannot be handled as a "
                + names.kind()
                + ": strict decoding error: unknown field \"spec.colour\"");
    assertThat(updated).isEqualTo(WriteResult.refused(preview.refusal().orElseThrow()));
    assertThat((Object) cluster.stored(api, namespace, "shop").get("spec", "replicas"))
        .isEqualTo(2);
  }

  @Test
  void previewOfAGoodInstanceShowsTheDefaultedInstanceAndWhatWillBeCreatedAndStoresNothing() {
    InstancePreview preview =
        cluster.writer.preview(
            names.name(), namespace, cluster.instance("shop", "{\"colors\": [\"green\"]}"));

    assertThat(preview.accepted()).as(preview.refusal().orElse("")).isTrue();
    assertThat(preview.mode()).contains(InstancePreview.Mode.CREATE);
    assertThat(preview.stored().orElseThrow().path("spec").toString())
        .as("the server's defaults")
        .isEqualTo("{\"colors\":[\"green\"],\"extra\":false,\"message\":\"hello\",\"replicas\":1}");
    assertThat(preview.resources())
        .extracting(PlannedResource::id, PlannedResource::action)
        .containsExactly(
            tuple("config", Action.APPLY),
            tuple("app", Action.PENDING),
            tuple("extra", Action.SKIPPED),
            tuple("palette", Action.APPLY));
    PlannedObject config = preview.resources().get(0).objects().get(0);
    assertThat(config)
        .extracting(PlannedObject::kind, PlannedObject::namespace, PlannedObject::name)
        .containsExactly("ConfigMap", Optional.of(namespace), "shop-config");
    assertThat(config.yaml()).contains("message: hello", "kro.run/instance-name: shop");
    assertThat(preview.resources().get(1).message())
        .isEqualTo("depends on config, known after it exists");
    assertThat(preview.resources().get(3).objects())
        .extracting(PlannedObject::name)
        .containsExactly("shop-green");
    assertThat(cluster.stored(api, namespace, "shop")).as("a dry run stores nothing").isNull();
  }

  @Test
  void createsUpdatesAndDeletesAndRefusesWhatCannotBeDone() {
    WriteResult created =
        cluster.writer.create(
            names.name(), namespace, cluster.instance("shop", "{\"replicas\": 2}"));
    assertThat(created.succeeded()).as(created.message()).isTrue();
    assertThat(created.message()).isEqualTo("Created " + names.kind() + " " + namespace + "/shop");
    assertThat(created.resourceVersion()).isPresent();
    assertThat(cluster.writer.create(names.name(), namespace, cluster.instance("shop", "{}")))
        .isEqualTo(WriteResult.refused(names.kind() + " " + namespace + "/shop already exists"));

    InstancePreview change =
        cluster.writer.preview(
            names.name(), namespace, cluster.instance("shop", "{\"replicas\": 3}"));
    assertThat(change.mode()).contains(InstancePreview.Mode.UPDATE);
    WriteResult updated =
        cluster.writer.update(
            names.name(), namespace, cluster.instance("shop", "{\"replicas\": 3}"));
    assertThat(updated.succeeded()).as(updated.message()).isTrue();
    assertThat((Object) cluster.stored(api, namespace, "shop").get("spec", "replicas"))
        .isEqualTo(3);
    WriteResult invalid =
        cluster.writer.update(
            names.name(), namespace, cluster.instance("shop", "{\"replicas\": -1}"));
    assertThat(invalid.succeeded()).isFalse();
    assertThat(invalid.message()).contains("should be greater than or equal to 1");
    assertThat(
            cluster
                .writer
                .update(names.name(), namespace, cluster.instance("docs", "{}"))
                .message())
        .isEqualTo(names.kind() + " " + namespace + "/docs does not exist: create it instead");

    WriteResult deleted = cluster.writer.delete(names.name(), namespace, "shop");
    assertThat(deleted.succeeded()).as(deleted.message()).isTrue();
    assertThat(cluster.stored(api, namespace, "shop")).isNull();
    assertThat(cluster.writer.delete(names.name(), namespace, "shop"))
        .isEqualTo(WriteResult.refused(names.kind() + " " + namespace + "/shop does not exist"));
  }

  @Test
  void refusalsForAnotherKindOrAMissingResourceGroupAreMessages() {
    var otherKind = cluster.instance("shop", "{}").put("kind", "Gadget");
    assertThat(cluster.writer.create(names.name(), namespace, otherKind).message())
        .isEqualTo(
            "kind is \"Gadget\", but ResourceGroup \""
                + names.name()
                + "\" serves "
                + names.kind());
    assertThat(
            cluster
                .writer
                .preview("no-such-rg", namespace, cluster.instance("shop", "{}"))
                .refusal())
        .contains("there is no ResourceGroup or ResourceGraphDefinition named \"no-such-rg\"");
    assertThat(List.of(cluster.writer.delete("no-such-rg", namespace, "shop").succeeded()))
        .containsExactly(false);
  }
}
