package run.kro.ui.base;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The console's connection to Kubernetes: the kubeconfig (or in-cluster config) by default; with
 * {@code kro.kubernetes.in-memory=true}, which the run command sets when no API server could be started, fabric8's
 * in-process mock server, announced to users because it runs no workloads.
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
      @Value("${kro.kubernetes.kubeconfig:}") String kubeconfig) throws java.io.IOException {
    KubernetesMockServer server = inMemory.getIfAvailable();
    if (server != null) {
      return server.createClient();
    }
    if (!kubeconfig.isBlank()) {
      return new KubernetesClientBuilder()
          .withConfig(Config.fromKubeconfig(java.nio.file.Files.readString(java.nio.file.Path.of(kubeconfig)))).build();
    }
    return new KubernetesClientBuilder().build();
  }

  @Bean
  ClusterConnection clusterConnection(KubernetesClient client,
      @Value("${kro.kubernetes.in-memory:false}") boolean inMemory) {
    return new ClusterConnection(client.getConfiguration().getMasterUrl(), inMemory);
  }
}
