package run.kro.testenv;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.concurrent.TimeUnit;

/**
 * Waits until a CRD is Established, so that its kind is served. A CRD just written may have no
 * status or no conditions yet, above all on a busy machine; that is "not yet", never an error.
 */
public final class CrdEstablishment {

  private static final long SECONDS = 60;

  private CrdEstablishment() {}

  public static void await(KubernetesClient client, String crdName) {
    client
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .withName(crdName)
        .waitUntilCondition(CrdEstablishment::established, SECONDS, TimeUnit.SECONDS);
  }

  static boolean established(CustomResourceDefinition crd) {
    return crd != null
        && crd.getStatus() != null
        && crd.getStatus().getConditions() != null
        && crd.getStatus().getConditions().stream()
            .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
  }
}
