package run.kro.operator.config;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import run.kro.backend.model.ResourceGroupCrds;
import run.kro.operator.kube.CrdConditions;

/**
 * Creates the ResourceGroup, ResourceGraphDefinition and GraphRevision CRDs when the cluster lacks
 * them (a fresh local cluster, or a cluster upgraded from a release without GraphRevisions);
 * existing ones, e.g. installed by the Helm chart, are left alone.
 */
public final class ResourceGroupCrdsInstaller {

  private static final Logger LOG = LoggerFactory.getLogger(ResourceGroupCrdsInstaller.class);
  private static final long ESTABLISH_SECONDS = 30;

  private ResourceGroupCrdsInstaller() {}

  public static void installMissing(KubernetesClient client) {
    for (CustomResourceDefinition crd : ResourceGroupCrds.all()) {
      var existing =
          client
              .apiextensions()
              .v1()
              .customResourceDefinitions()
              .withName(crd.getMetadata().getName());
      if (existing.get() == null) {
        client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
        existing.waitUntilCondition(
            CrdConditions::established, ESTABLISH_SECONDS, TimeUnit.SECONDS);
        LOG.info("installed the {} CRD", crd.getSpec().getNames().getKind());
      }
    }
  }
}
