package run.kro.backend.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.kro.backend.cli.InputFiles;
import run.kro.backend.cli.Workspace;
import run.kro.backend.cli.WorkspaceResult;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.kinds.KindSchema;
import run.kro.testenv.CrdEstablishment;
import run.kro.testenv.KubeTest;

/** Schemas from a real API server's OpenAPI v3 agree with what the engine derives offline. */
@KubeTest
class ClusterOpenApiSchemasIT {

  private static ClusterOpenApiSchemas cluster;

  @BeforeAll
  static void installExampleCrds(KubernetesClient client) throws Exception {
    try (Stream<Path> files = Files.list(Path.of("../examples/app-stack/crds"))) {
      for (Path file : files.toList()) {
        CustomResourceDefinition crd =
            client
                .apiextensions()
                .v1()
                .customResourceDefinitions()
                .load(Files.newInputStream(file))
                .item();
        client.apiextensions().v1().customResourceDefinitions().resource(crd).serverSideApply();
        CrdEstablishment.await(client, crd.getMetadata().getName());
      }
    }
    cluster = new ClusterOpenApiSchemas(client);
    // A CRD's schema is published in the OpenAPI shortly after the CRD is established.
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                cluster
                    .resolve(new GroupVersionKind("s3.services.k8s.aws", "v1alpha1", "Bucket"))
                    .isPresent());
  }

  @Test
  void readsBuiltInKindsWithTheirScope() {
    KindSchema deployment =
        cluster.resolve(new GroupVersionKind("apps", "v1", "Deployment")).orElseThrow();
    assertThat(deployment.namespaced()).isTrue();
    JSONSchemaProps spec = deployment.schema().getProperties().get("spec");
    assertThat(spec.getProperties().get("replicas").getType()).isEqualTo("integer");
    assertThat(
            cluster.resolve(new GroupVersionKind("", "v1", "Namespace")).orElseThrow().namespaced())
        .isFalse();
    JSONSchemaProps targetPort =
        cluster
            .resolve(new GroupVersionKind("", "v1", "Service"))
            .orElseThrow()
            .schema()
            .getProperties()
            .get("spec")
            .getProperties()
            .get("ports")
            .getItems()
            .getSchema()
            .getProperties()
            .get("targetPort");
    assertThat(targetPort.getXKubernetesIntOrString()).isTrue();
    JSONSchemaProps cpu =
        cluster
            .resolve(new GroupVersionKind("", "v1", "PersistentVolumeClaim"))
            .orElseThrow()
            .schema()
            .getProperties()
            .get("spec")
            .getProperties()
            .get("resources")
            .getProperties()
            .get("requests")
            .getAdditionalProperties()
            .getSchema();
    // A Quantity is a string or a number on the wire: typed like int-or-string, as the offline
    // derivation does.
    assertThat(cpu.getXKubernetesIntOrString()).isTrue();
    assertThat(
            deployment
                .schema()
                .getProperties()
                .get("metadata")
                .getProperties()
                .get("creationTimestamp")
                .getFormat())
        .isEqualTo("date-time");
  }

  @Test
  void readsInstalledCrds() {
    KindSchema bucket =
        cluster
            .resolve(new GroupVersionKind("s3.services.k8s.aws", "v1alpha1", "Bucket"))
            .orElseThrow();
    assertThat(bucket.schema().getProperties().get("spec").getRequired()).containsExactly("name");
  }

  /**
   * The index lists each group-version's document under a hash of its content; a CRD added to a
   * group-version after the index was read moves the document (the old URL answers 301), as when a
   * chained ResourceGroup is compiled right after the ResourceGroups whose kinds it uses.
   */
  @Test
  void findsAKindAddedToAGroupVersionAfterTheIndexWasRead(KubernetesClient client) {
    install(client, widgetCrd("First"));
    awaitPublished(client, "First");
    ClusterOpenApiSchemas resolver = new ClusterOpenApiSchemas(client);
    assertThat(resolver.resolve(new GroupVersionKind("apps", "v1", "Deployment"))).isPresent();

    install(client, widgetCrd("Second"));
    awaitPublished(client, "Second");

    KindSchema second =
        resolver.resolve(new GroupVersionKind(WIDGETS, "v1", "Second")).orElseThrow();
    assertThat(second.schema().getProperties().get("spec").getProperties()).containsKey("size");
  }

  private static final String WIDGETS = "widgets.stale.kro.run";

  private static CustomResourceDefinition widgetCrd(String kind) {
    String plural = kind.toLowerCase() + "s";
    JSONSchemaProps spec =
        new JSONSchemaPropsBuilder()
            .withType("object")
            .addToProperties(
                "size",
                new io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaPropsBuilder()
                    .withType("integer")
                    .build())
            .build();
    return new CustomResourceDefinitionBuilder()
        .withNewMetadata()
        .withName(plural + "." + WIDGETS)
        .endMetadata()
        .withNewSpec()
        .withGroup(WIDGETS)
        .withScope("Namespaced")
        .withNewNames()
        .withKind(kind)
        .withPlural(plural)
        .withSingular(kind.toLowerCase())
        .endNames()
        .addNewVersion()
        .withName("v1")
        .withServed(true)
        .withStorage(true)
        .withNewSchema()
        .withNewOpenAPIV3Schema()
        .withType("object")
        .addToProperties("spec", spec)
        .endOpenAPIV3Schema()
        .endSchema()
        .endVersion()
        .endSpec()
        .build();
  }

  private static void install(KubernetesClient client, CustomResourceDefinition crd) {
    client.apiextensions().v1().customResourceDefinitions().resource(crd).serverSideApply();
    CrdEstablishment.await(client, crd.getMetadata().getName());
  }

  /** Waits, with resolvers of its own, until the cluster's OpenAPI shows the kind. */
  private static void awaitPublished(KubernetesClient client, String kind) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                new ClusterOpenApiSchemas(client)
                    .resolve(new GroupVersionKind(WIDGETS, "v1", kind))
                    .isPresent());
  }

  @Test
  void compilesEveryExampleAgainstTheClusterAlone() {
    WorkspaceResult result =
        new Workspace(cluster).validate(new InputFiles().read(List.of(Path.of("../examples"))));
    assertThat(result.errorLines()).isEmpty();
    assertThat(result.compiled()).hasSizeGreaterThanOrEqualTo(4);
  }
}
