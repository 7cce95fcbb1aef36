package run.kro.ui.revision;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import run.kro.backend.cluster.GraphRevisionKind;
import run.kro.backend.model.ResourceGroupCrds;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.audit.AuditActors;
import run.kro.ui.audit.AuditTrail;
import run.kro.ui.base.ClusterAccess;
import run.kro.ui.instance.InstanceApi;
import run.kro.ui.instance.InstanceCatalog;
import run.kro.ui.instance.InstanceCluster;
import run.kro.ui.instance.NamespaceChoices;
import run.kro.ui.rg.ResourceGroupObjects;
import run.kro.ui.security.AccessReview;
import run.kro.ui.team.Teams;
import run.kro.ui.testing.FixtureNames;
import run.kro.ui.testing.TestCrds;

/**
 * The revision ITs' world: the console's revision services wired to a client of the test's choice,
 * and the controller's part played by hand with the admin client (there is no controller in these
 * tests): issuing GraphRevisions, writing the ResourceGroup's revision status and instances' {@code
 * status.graphRevision}.
 */
final class RevisionCluster {

  final KubernetesClient admin;
  final InstanceCluster instances;

  RevisionCluster(KubernetesClient admin) {
    this.admin = admin;
    this.instances = new InstanceCluster(admin);
    TestCrds.establish(admin, ResourceGroupCrds.graphRevision());
  }

  /** The console's reader, as whoever {@code as} acts for. */
  RevisionReader reader(ClusterAccess as) {
    return new RevisionReader(as, catalog(as));
  }

  RolloutActions actions(ClusterAccess as) {
    return new RolloutActions(
        as, new AccessReview(as), instances.apis, new AuditTrail(as, AuditActors.ADMIN));
  }

  InstanceCatalog catalog(ClusterAccess as) {
    NamespaceChoices namespaces =
        new NamespaceChoices(as, new Teams(admin), new AccessReview(as), "default");
    return new InstanceCatalog(as, instances.apis, namespaces);
  }

  /** Saves the widgets ResourceGroup and installs its API, as the controller would. */
  InstanceApi install(FixtureNames names) {
    instances.installResourceGroup("widgets.yaml", names);
    return instances.apis.resolve(names.name());
  }

  /** Issues revision {@code number} of the ResourceGroup, holding {@code spec}. */
  void issue(String rg, long number, Map<String, Object> spec) {
    admin
        .genericKubernetesResources(GraphRevisionKind.CONTEXT)
        .resource(
            new GenericKubernetesResourceBuilder()
                .withApiVersion("internal.kro.run/v1alpha1")
                .withKind("GraphRevision")
                .withNewMetadata()
                .withName(rg + ".r" + String.format("%05d", number))
                .withLabels(RevisionReader.revisionLabels(ResourceGroupKind.RESOURCE_GROUP, rg))
                .endMetadata()
                .withAdditionalProperties(
                    Map.of(
                        "spec",
                        Map.of("revision", number, "snapshot", Map.of("name", rg, "spec", spec))))
                .build())
        .create();
  }

  /** Writes {@code revisionStatus} into the ResourceGroup's status, keeping what is there. */
  /**
   * {@code status.rollout} as the controller writes it for a staged rollout halted at its canary.
   */
  static Map<String, Object> haltedAtCanary(long revision, int admitted, int total, String why) {
    return Map.of(
        "mode",
        "staged",
        "revision",
        revision,
        "phase",
        "Halted",
        "step",
        0,
        "steps",
        3,
        "admitted",
        admitted,
        "total",
        total,
        "message",
        why);
  }

  void writeStatus(String rg, Map<String, Object> revisionStatus) {
    var resourceGroups =
        admin.genericKubernetesResources(
            ResourceGroupObjects.context(ResourceGroupKind.RESOURCE_GROUP));
    GenericKubernetesResource stored = resourceGroups.withName(rg).get();
    @SuppressWarnings("unchecked")
    Map<String, Object> status =
        new LinkedHashMap<>(
            (Map<String, Object>)
                stored.getAdditionalProperties().getOrDefault("status", Map.of()));
    status.putAll(revisionStatus);
    stored.setAdditionalProperty("status", status);
    resourceGroups.resource(stored).updateStatus();
  }

  /** Creates an instance running {@code revision} in {@code state}, with {@code annotations}. */
  void instance(
      InstanceApi api,
      String namespace,
      String name,
      long revision,
      String state,
      Map<String, String> annotations) {
    var all = admin.genericKubernetesResources(api.context()).inNamespace(namespace);
    GenericKubernetesResource created =
        all.resource(
                new GenericKubernetesResourceBuilder()
                    .withApiVersion(api.gvk().apiVersion())
                    .withKind(api.gvk().kind())
                    .withNewMetadata()
                    .withName(name)
                    .withNamespace(namespace)
                    .withAnnotations(new HashMap<>(annotations))
                    .endMetadata()
                    .withAdditionalProperties(Map.of("spec", Map.of()))
                    .build())
            .create();
    created.setAdditionalProperty(
        "status", Map.of("state", state, "graphRevision", revision, "conditions", List.of()));
    all.resource(created).updateStatus();
  }

  Map<String, String> annotations(InstanceApi api, String namespace, String name) {
    return admin
        .genericKubernetesResources(api.context())
        .inNamespace(namespace)
        .withName(name)
        .get()
        .getMetadata()
        .getAnnotations();
  }

  Map<String, String> resourceGroupAnnotations(String rg) {
    Map<String, String> annotations =
        admin
            .genericKubernetesResources(
                ResourceGroupObjects.context(ResourceGroupKind.RESOURCE_GROUP))
            .withName(rg)
            .get()
            .getMetadata()
            .getAnnotations();
    return annotations == null ? Map.of() : annotations;
  }
}
