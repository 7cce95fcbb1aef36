package run.kro.ui.rg;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Optional;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.testing.FixtureNames;
import run.kro.ui.testing.TestCrds;

/**
 * What the ResourceGroup ITs share: the kro CRDs installed as the backend packages them (as the
 * operator's installer does), fixtures from {@code src/test/resources/rg/} with a fresh name and
 * kind per test (ResourceGroups and their generated CRDs are cluster-scoped), and reading the
 * stored objects back.
 */
final class ResourceGroupFixtures {

  private final KubernetesClient client;

  ResourceGroupFixtures(KubernetesClient client) {
    this.client = client;
  }

  /** Creates the ResourceGroup and ResourceGraphDefinition CRDs unless they are there. */
  void installKroCrds() {
    TestCrds.installKroCrds(client);
  }

  /** Creates {@code crd} and waits until the server serves it. */
  void establish(CustomResourceDefinition crd) {
    TestCrds.establish(client, crd);
  }

  static FixtureNames freshNames(String prefix) {
    return FixtureNames.fresh(prefix);
  }

  /** The fixture {@code rg/FILE} with its placeholders replaced. */
  static String yaml(String file, FixtureNames names) {
    return names.fill("rg/" + file);
  }

  Optional<GenericKubernetesResource> stored(ResourceGroupKind kind, String name) {
    return new ResourceGroupObjects(() -> client).get(kind, name);
  }
}
