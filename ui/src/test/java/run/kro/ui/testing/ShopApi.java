package run.kro.ui.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;

/**
 * The browser tests' shop API ({@code instance/e2e/shop.yaml}) under fresh names: its ResourceGroup
 * written to the test API server, and the instance CRD that ResourceGroup generates, compiled by
 * the same compiler as the controller.
 */
public record ShopApi(FixtureNames names, CompiledResourceGroup compiled) {

  private static final String FIXTURE = "instance/e2e/shop.yaml";

  /** Writes a fresh shop ResourceGroup named after {@code prefix}. */
  public static ShopApi create(KubernetesClient admin, String prefix) {
    return create(admin, prefix, FIXTURE);
  }

  /**
   * Writes a fresh copy of another browser-test ResourceGroup ({@code fixture}, a resource path)
   * under new names.
   */
  public static ShopApi create(KubernetesClient admin, String prefix, String fixture) {
    FixtureNames names = FixtureNames.fresh(prefix);
    String yaml = names.fill(fixture);
    admin
        .resource(
            admin
                .load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
                .items()
                .get(0))
        .create();
    CompiledResourceGroup compiled =
        new ResourceGroupCompiler(BuiltinKindSchemas.shared())
            .compile(fixture, yaml)
            .compiled()
            .orElseThrow();
    return new ShopApi(names, compiled);
  }

  /**
   * Waits until the controller's CRD is established: only then does the server's discovery list the
   * kind, which clients that look kinds up need (a CRD that merely exists is not yet served).
   */
  public ShopApi awaitServed(KubernetesClient admin) {
    TestCrds.awaitEstablished(admin, compiled.instanceCrd().getMetadata().getName());
    return this;
  }

  /** Installs the instance CRD without a controller and waits until it is served. */
  public ShopApi establish(KubernetesClient admin) {
    TestCrds.establish(admin, compiled.instanceCrd());
    return this;
  }

  /** The instance kind, addressed without discovery. */
  public ResourceDefinitionContext instances() {
    return CustomResourceDefinitionContext.fromCrd(compiled.instanceCrd());
  }
}
