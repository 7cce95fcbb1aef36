package run.kro.ui.base;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The console's connection to Kubernetes: the kubeconfig of {@code kro.kubernetes.kubeconfig}, or
 * fabric8's usual lookup (KUBECONFIG, in-cluster config); and what the banner says about that
 * cluster.
 */
@Configuration(proxyBeanMethods = false)
public class KubernetesConfiguration {

  /**
   * With {@code kro.kubernetes.kubeconfig} set, that file; otherwise fabric8's usual lookup
   * (KUBECONFIG, in-cluster).
   */
  @Bean(destroyMethod = "close")
  KubernetesClient kubernetesClient(@Value("${kro.kubernetes.kubeconfig:}") String kubeconfig)
      throws IOException {
    if (!kubeconfig.isBlank()) {
      return new KubernetesClientBuilder()
          .withConfig(Config.fromKubeconfig(Files.readString(Path.of(kubeconfig))))
          .build();
    }
    return new KubernetesClientBuilder().build();
  }

  /**
   * With {@code kro.console.local-cluster} set (the run command sets it to the folder of the
   * control plane it started), the banner tells whether workloads are simulated there and which
   * kinds' providers are.
   */
  @Bean
  ClusterConnection clusterConnection(
      KubernetesClient client, @Value("${kro.console.local-cluster:}") String localCluster) {
    String server = client.getConfiguration().getMasterUrl();
    if (localCluster.isBlank()) {
      return ClusterConnection.remote(server);
    }
    return new ClusterConnection(
        server,
        Optional.of(new LocalCluster(Path.of(localCluster))),
        ProviderSimulation.simulatedKinds());
  }
}
