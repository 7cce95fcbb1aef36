package run.kro.ui.instance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.status.ManagedResources;
import run.kro.backend.status.NodeReport;
import run.kro.ui.audit.AuditActors;
import run.kro.ui.audit.AuditTrail;
import run.kro.ui.rg.ResourceGroupCatalog;
import run.kro.ui.rg.ResourceGroupSaver;
import run.kro.ui.rg.SaveResult;
import run.kro.ui.rg.ValidationService;
import run.kro.ui.security.AccessReview;
import run.kro.ui.team.Teams;
import run.kro.ui.testing.FixtureNames;
import run.kro.ui.testing.TestCrds;

/**
 * The instance ITs' world: the console's services wired to the admin client, and the controller's
 * part played by hand (there is no controller in ui tests): installing a ResourceGroup's generated
 * CRD, writing instance status, creating labelled children and Events. Public for the ITs of other
 * features that write instances (audit).
 */
public final class InstanceCluster {

  private static final ObjectMapper JSON = new ObjectMapper();

  final KubernetesClient client;
  final ValidationService validation;
  public final InstanceApis apis;
  final NamespaceChoices namespaces;
  final InstanceCatalog catalog;
  final InstanceWatch watch;
  final AuditTrail audit;
  final InstanceWriter writer;

  public InstanceCluster(KubernetesClient client) {
    this.client = client;
    TestCrds.installKroCrds(client);
    validation = new ValidationService(client);
    apis = new InstanceApis(() -> client, new ResourceGroupCatalog(() -> client), validation);
    namespaces =
        new NamespaceChoices(
            () -> client, new Teams(client), new AccessReview(() -> client), "default");
    catalog = new InstanceCatalog(() -> client, apis, namespaces);
    watch = new InstanceWatch(() -> client, apis);
    audit = new AuditTrail(() -> client, AuditActors.ADMIN);
    writer = new InstanceWriter(() -> client, apis, audit);
  }

  /** Saves the fixture ResourceGroup and installs its API as the controller would. */
  public CompiledResourceGroup installResourceGroup(String file, FixtureNames names) {
    String yaml = InstanceFixtures.yaml(file, names);
    SaveResult saved = new ResourceGroupSaver(() -> client, validation, audit).save(yaml);
    assertThat(saved.saved()).as(saved.describe()).isTrue();
    CompiledResourceGroup compiled = validation.compile(yaml).compiled().orElseThrow();
    TestCrds.establish(client, compiled.instanceCrd());
    return compiled;
  }

  public ObjectNode instance(String name, String specJson) {
    try {
      return (ObjectNode)
          JSON.readTree("{\"metadata\": {\"name\": \"" + name + "\"}, \"spec\": " + specJson + "}");
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  public GenericKubernetesResource stored(InstanceApi api, String namespace, String name) {
    return client
        .genericKubernetesResources(api.context())
        .inNamespace(namespace)
        .withName(name)
        .get();
  }

  /**
   * Writes {@code status} as the controller does: state, a Ready condition, revision and
   * managedResources.
   */
  void writeStatus(
      InstanceApi api,
      String namespace,
      String name,
      String state,
      boolean ready,
      List<NodeReport> nodes) {
    GenericKubernetesResource instance = stored(api, namespace, name);
    Map<String, Object> status =
        Map.of(
            "state",
            state,
            "graphRevision",
            2,
            "conditions",
            List.of(
                Map.of(
                    "type",
                    "Ready",
                    "status",
                    ready ? "True" : "False",
                    "reason",
                    ready ? "Ready" : "Waiting",
                    "message",
                    ready ? "" : "app is not ready",
                    "lastTransitionTime",
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())),
            "managedResources",
            JSON.convertValue(ManagedResources.toJson(nodes), List.class));
    instance.setAdditionalProperty("status", status);
    client
        .genericKubernetesResources(api.context())
        .inNamespace(namespace)
        .resource(instance)
        .updateStatus();
  }

  /** A ConfigMap labelled as the controller labels the child {@code nodeId} of the instance. */
  HasMetadata createChild(GenericKubernetesResource instance, String nodeId, String childName) {
    return client
        .configMaps()
        .inNamespace(instance.getMetadata().getNamespace())
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName(childName)
                .withLabels(
                    Map.of(
                        KroMetadata.INSTANCE_NAME, instance.getMetadata().getName(),
                        KroMetadata.INSTANCE_NAMESPACE, instance.getMetadata().getNamespace(),
                        KroMetadata.INSTANCE_ID, instance.getMetadata().getUid(),
                        KroMetadata.NODE_ID, nodeId))
                .endMetadata()
                .withData(Map.of("from", "test"))
                .build())
        .create();
  }

  void createEvent(HasMetadata about, String reason, String type, Instant time) {
    client
        .v1()
        .events()
        .inNamespace(about.getMetadata().getNamespace())
        .resource(
            new EventBuilder()
                .withNewMetadata()
                .withGenerateName(about.getMetadata().getName() + ".")
                .endMetadata()
                .withNewInvolvedObject()
                .withApiVersion(about.getApiVersion())
                .withKind(about.getKind())
                .withName(about.getMetadata().getName())
                .withNamespace(about.getMetadata().getNamespace())
                .withUid(about.getMetadata().getUid())
                .endInvolvedObject()
                .withReason(reason)
                .withType(type)
                .withMessage(reason + " " + about.getMetadata().getName())
                .withFirstTimestamp(time.toString())
                .withLastTimestamp(time.toString())
                .withCount(1)
                .withNewSource()
                .withComponent("test")
                .endSource()
                .build())
        .create();
  }

  JsonNode json(Object object) {
    return JSON.valueToTree(object);
  }
}
