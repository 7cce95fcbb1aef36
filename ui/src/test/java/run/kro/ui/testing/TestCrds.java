package run.kro.ui.testing;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import run.kro.backend.model.ResourceGroupCrds;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.testenv.CrdEstablishment;

/**
 * CRDs in the test API server: kro's own, as the backend packages them, and any other, waited for
 * until served.
 */
public final class TestCrds {

  private TestCrds() {}

  /**
   * Creates the ResourceGroup and ResourceGraphDefinition CRDs unless they are there (the
   * controller does too).
   */
  public static void installKroCrds(KubernetesClient client) {
    for (ResourceGroupKind kind : ResourceGroupKind.values()) {
      CustomResourceDefinition crd = ResourceGroupCrds.crd(kind);
      if (client
              .apiextensions()
              .v1()
              .customResourceDefinitions()
              .withName(crd.getMetadata().getName())
              .get()
          == null) {
        establish(client, crd);
      }
    }
  }

  /** Creates or updates {@code crd} and waits until the server serves it. */
  public static void establish(KubernetesClient client, CustomResourceDefinition crd) {
    client.apiextensions().v1().customResourceDefinitions().resource(crd).serverSideApply();
    awaitEstablished(client, crd.getMetadata().getName());
  }

  /** Waits until the CRD {@code name}, created here or by the controller, is served. */
  public static void awaitEstablished(KubernetesClient client, String name) {
    CrdEstablishment.await(client, name);
  }
}
