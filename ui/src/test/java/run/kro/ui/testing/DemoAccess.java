package run.kro.ui.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The demo users' namespaces and RBAC (what bin/kro-up installs), applied to the test API server.
 */
public final class DemoAccess {

  private DemoAccess() {}

  public static void install(KubernetesClient admin) {
    try (InputStream in = DemoAccess.class.getResourceAsStream("/demo/access.yaml")) {
      admin.load(in).items().forEach(object -> admin.resource(object).serverSideApply());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
