package run.kro.operator.config;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import run.kro.operator.kube.ClientRateLimit;
import run.kro.operator.settings.ControllerSettings;

/**
 * The controller's client: {@code kro.kubernetes.kubeconfig} when set, otherwise fabric8's usual
 * lookup ({@code KUBECONFIG}, {@code ~/.kube/config}, then the in-cluster service account), limited
 * to the configured QPS and burst, on HTTP clients that let an idle controller sleep ({@link
 * IdleFriendlyHttpClients}).
 */
@Configuration(proxyBeanMethods = false)
public class KubernetesClientConfiguration {

  /** The client's event loops; closed after the client. */
  @Bean(destroyMethod = "close")
  Vertx kubernetesClientVertx() {
    return IdleFriendlyHttpClients.newVertx();
  }

  @Bean(destroyMethod = "close")
  KubernetesClient kubernetesClient(
      ControllerSettings settings,
      Vertx vertx,
      @Value("${kro.kubernetes.kubeconfig:}") String kubeconfig)
      throws IOException {
    Config base =
        kubeconfig.isBlank()
            ? Config.autoConfigure(null)
            : Config.fromKubeconfig(Files.readString(Path.of(kubeconfig)));
    return new KubernetesClientBuilder()
        .withConfig(base)
        .withHttpClientFactory(IdleFriendlyHttpClients.on(vertx))
        .withHttpClientBuilderConsumer(
            http ->
                http.addOrReplaceInterceptor(
                    ClientRateLimit.NAME,
                    new ClientRateLimit(settings.client().qps(), settings.client().burst())))
        .build();
  }
}
