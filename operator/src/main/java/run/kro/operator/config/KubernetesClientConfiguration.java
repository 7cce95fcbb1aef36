package run.kro.operator.config;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import run.kro.operator.kube.ClientRateLimit;
import run.kro.operator.settings.ControllerSettings;

/**
 * The controller's client: {@code kro.kubernetes.kubeconfig} when set, otherwise fabric8's usual
 * lookup ({@code KUBECONFIG}, {@code ~/.kube/config}, then the in-cluster service account), limited
 * to the configured QPS and burst, on the JDK's HTTP client (fabric8's {@code
 * kubernetes-httpclient-jdk}). HTTP/1.1, as on fabric8's Vert.x transport before: a connection
 * carries one request at a time, so a cut connection or a GOAWAY fails only its own request, and
 * the fault-injection tests (operator faults package) cover this transport. Measured against
 * HTTP/2: the same resident memory, about 1 ms more CPU per instance (docs/performance.md). Objects
 * are read without fabric8's lookup of typed model classes ({@link GenericSerialization}), and so
 * is the kubeconfig named by {@code kro.kubernetes.kubeconfig}. One that fabric8 finds itself goes
 * through its shared serialization, which builds the lookup once; in a cluster, none is read.
 */
@Configuration(proxyBeanMethods = false)
public class KubernetesClientConfiguration {

  @Bean(destroyMethod = "close")
  KubernetesClient kubernetesClient(
      ControllerSettings settings, @Value("${kro.kubernetes.kubeconfig:}") String kubeconfig) {
    return create(settings, kubeconfig);
  }

  /**
   * The controller's client as described above, from the kubeconfig file {@code kubeconfig}, or
   * fabric8's usual lookup when it is blank. Public for tests that run the controller's parts on
   * the same client.
   */
  public static KubernetesClient create(ControllerSettings settings, String kubeconfig) {
    KubernetesSerialization serialization = GenericSerialization.create();
    Config base =
        kubeconfig.isBlank()
            ? Config.autoConfigure(null)
            : GenericSerialization.fromKubeconfig(serialization, Path.of(kubeconfig));
    return new KubernetesClientBuilder()
        .withConfig(base)
        .withKubernetesSerialization(serialization)
        .withHttpClientFactory(new JdkHttpClientFactory())
        .withHttpClientBuilderConsumer(
            http ->
                http.preferHttp11()
                    .addOrReplaceInterceptor(
                        ClientRateLimit.NAME,
                        new ClientRateLimit(settings.client().qps(), settings.client().burst())))
        .build();
  }
}
