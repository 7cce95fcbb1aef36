package run.kro.ui.rg;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import run.kro.backend.model.ResourceGroupCrds;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.testing.FixtureNames;

/**
 * What the ResourceGroup ITs share: the kro CRDs installed as the backend packages them (as the operator's installer
 * does), fixtures from {@code src/test/resources/rg/} with a fresh name and kind per test (ResourceGroups and their
 * generated CRDs are cluster-scoped), and reading the stored objects back.
 */
final class ResourceGroupFixtures {

  private static final long ESTABLISH_SECONDS = 30;

  private final KubernetesClient client;

  ResourceGroupFixtures(KubernetesClient client) {
    this.client = client;
  }

  /** Creates the ResourceGroup and ResourceGraphDefinition CRDs unless they are there. */
  void installKroCrds() {
    for (ResourceGroupKind kind : ResourceGroupKind.values()) {
      CustomResourceDefinition crd = ResourceGroupCrds.crd(kind);
      if (client.apiextensions().v1().customResourceDefinitions().withName(crd.getMetadata().getName()).get() == null) {
        establish(crd);
      }
    }
  }

  /** Creates {@code crd} and waits until the server serves it. */
  void establish(CustomResourceDefinition crd) {
    var crds = client.apiextensions().v1().customResourceDefinitions();
    crds.resource(crd).create();
    crds.withName(crd.getMetadata().getName()).waitUntilCondition(c -> c != null && c.getStatus() != null
        && c.getStatus().getConditions().stream()
            .anyMatch(x -> x.getType().equals("Established") && x.getStatus().equals("True")),
        ESTABLISH_SECONDS, TimeUnit.SECONDS);
  }

  static FixtureNames freshNames(String prefix) {
    return FixtureNames.fresh(prefix);
  }

  /** The fixture {@code rg/FILE} with its placeholders replaced. */
  static String yaml(String file, FixtureNames names) {
    return names.fill("rg/" + file);
  }

  Optional<GenericKubernetesResource> stored(ResourceGroupKind kind, String name) {
    return new ResourceGroupObjects(client).get(kind, name);
  }

}
