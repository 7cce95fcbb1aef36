package run.kro.testenv;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One real Kubernetes control plane per test JVM — kube-apiserver and etcd, the controller-manager
 * and scheduler, and kwok's simulated nodes, so that Deployments, StatefulSets and Jobs really come
 * up and deleting an owner really collects what it owned — started on first use by {@code
 * scripts/kube-testenv} (which builds the binaries from Go modules when they are not cached) and
 * stopped when the JVM exits, even after failures. Tests isolate themselves in namespaces of their
 * own. Clients for other identities use client certificates, so RBAC and impersonation are real.
 */
public final class KubeTestEnv {

  private static volatile KubeTestEnv instance;

  private final Path directory;
  private final Path kubeconfig;
  private final KubernetesClient admin;

  private KubeTestEnv(Path directory, Path kubeconfig) {
    this.directory = directory;
    this.kubeconfig = kubeconfig;
    this.admin = clientFrom(kubeconfig);
  }

  /** The API server of this JVM, started if needed. */
  public static KubeTestEnv get() {
    KubeTestEnv current = instance;
    if (current == null) {
      synchronized (KubeTestEnv.class) {
        if (instance == null) {
          instance = start();
        }
        current = instance;
      }
    }
    return current;
  }

  /** A client with full rights (group {@code system:masters}); shared, do not close it. */
  public KubernetesClient adminClient() {
    return admin;
  }

  /**
   * A new client for {@code user} in {@code groups}, with only the rights RBAC gives them; close it
   * when done.
   */
  public KubernetesClient clientFor(String user, String... groups) {
    return clientFrom(kubeconfigFor(user, groups));
  }

  /**
   * A kubeconfig for {@code user} in {@code groups}, for processes started by tests (e.g. the
   * packaged controller).
   */
  public Path kubeconfigFor(String user, String... groups) {
    List<String> args = new ArrayList<>(List.of("user", directory.toString(), user));
    args.addAll(List.of(groups));
    return Path.of(TestEnvScript.run(args).strip());
  }

  /** A fresh namespace named after {@code prefix}, so tests do not see each other's objects. */
  public String newNamespace(String prefix) {
    String name =
        prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-")
            + "-"
            + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
    admin
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
        .create();
    return name;
  }

  /** The admin kubeconfig, for tools and processes started by tests. */
  public Path kubeconfig() {
    return kubeconfig;
  }

  /**
   * The folder the control plane was started in, as {@code scripts/kube-testenv} keeps it:
   * certificates, logs, and which components run ({@code mode}, {@code components}, {@code
   * <component>.pid}).
   */
  public Path directory() {
    return directory;
  }

  /** The API server's audit log: one JSON line per request (metadata level), to count writes. */
  public Path auditLog() {
    return directory.resolve("audit.log");
  }

  private static KubeTestEnv start() {
    try {
      Path directory = Files.createTempDirectory("kro-testenv-");
      long pid = ProcessHandle.current().pid();
      Path kubeconfig =
          Path.of(
              TestEnvScript.run(
                      List.of("start", directory.toString(), "--owner-pid", Long.toString(pid)))
                  .strip());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(directory), "kro-testenv-stop"));
      return new KubeTestEnv(directory, kubeconfig);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the test API server's directory", e);
    }
  }

  private static void stop(Path directory) {
    try {
      TestEnvScript.run(List.of("stop", directory.toString()));
    } finally {
      TestEnvScript.deleteRecursively(directory);
    }
  }

  private static KubernetesClient clientFrom(Path kubeconfig) {
    try {
      return new KubernetesClientBuilder()
          .withConfig(Config.fromKubeconfig(Files.readString(kubeconfig)))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kubeconfig " + kubeconfig, e);
    }
  }
}
