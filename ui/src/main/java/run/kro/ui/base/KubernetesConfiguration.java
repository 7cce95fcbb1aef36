package run.kro.ui.base;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The console's connection to Kubernetes: the kubeconfig (or in-cluster config) by default; with
 * {@code kro.kubernetes.in-memory=true}, which the run command sets when no API server could be started, fabric8's
 * in-process mock server, announced to users because it runs no workloads; and what the banner says about it.
 */
@Configuration(proxyBeanMethods = false)
public class KubernetesConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(KubernetesConfiguration.class);

  @Bean(destroyMethod = "destroy")
  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "kro.kubernetes.in-memory",
      havingValue = "true")
  KubernetesMockServer inMemoryApiServer() {
    KubernetesMockServer server = new KubernetesMockServer(true);
    server.init();
    LOG.warn("{}: the console runs against fabric8's in-process mock server", ClusterConnection.IN_MEMORY_BANNER);
    return server;
  }

  /** With {@code kro.kubernetes.kubeconfig} set, that file; otherwise fabric8's usual lookup (KUBECONFIG, in-cluster). */
  @Bean(destroyMethod = "close")
  KubernetesClient kubernetesClient(org.springframework.beans.factory.ObjectProvider<KubernetesMockServer> inMemory,
      @Value("${kro.kubernetes.kubeconfig:}") String kubeconfig) throws IOException {
    KubernetesMockServer server = inMemory.getIfAvailable();
    if (server != null) {
      return server.createClient();
    }
    if (!kubeconfig.isBlank()) {
      return new KubernetesClientBuilder()
          .withConfig(Config.fromKubeconfig(Files.readString(Path.of(kubeconfig)))).build();
    }
    return new KubernetesClientBuilder().build();
  }

  /**
   * With {@code kro.console.local-cluster} set (the run command sets it to the folder of the control plane it
   * started), the banner tells whether workloads are simulated there and which kinds' providers are.
   */
  @Bean
  ClusterConnection clusterConnection(KubernetesClient client,
      @Value("${kro.kubernetes.in-memory:false}") boolean inMemory,
      @Value("${kro.console.local-cluster:}") String localCluster) {
    String server = client.getConfiguration().getMasterUrl();
    if (inMemory) {
      return new ClusterConnection(server, true, Optional.empty(), List.of());
    }
    if (localCluster.isBlank()) {
      return ClusterConnection.remote(server);
    }
    return new ClusterConnection(server, false,
        Optional.of(new LocalCluster(Path.of(localCluster))),
        ProviderSimulation.simulatedKinds());
  }
}
