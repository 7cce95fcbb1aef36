package run.kro.operator.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import run.kro.operator.settings.ControllerSettings;

/**
 * Guard: the environment the chart's ConfigMaps give each process binds, by Spring's own rules for
 * environment variables, to the properties the processes read ({@code kro.controller.*} into {@link
 * ControllerSettings}).
 */
class ChartSettingsTest {

  @Test
  void everyControllerValueReachesItsSetting() {
    ControllerSettings settings = bindController(KroChart.render("settings.yaml"));

    assertThat(settings.allowCrdDeletion()).isTrue();
    assertThat(settings.blockDeletionWhileInstancesExist()).isTrue();
    assertThat(settings.installCrds()).isFalse();
    assertThat(settings.client()).isEqualTo(new ControllerSettings.Client(50, 75));
    assertThat(settings.resourceGroupConcurrentReconciles()).isEqualTo(2);
    assertThat(settings.instanceConcurrentReconciles()).isEqualTo(8);
    assertThat(settings.resyncPeriod()).isEqualTo(Duration.ofHours(1));
    assertThat(settings.queueMaxRetries()).isEqualTo(7);
    assertThat(settings.rateLimiter())
        .isEqualTo(
            new ControllerSettings.RateLimiter(
                Duration.ofMillis(100), Duration.ofSeconds(300), 2.5, 40));
    assertThat(settings.instanceRequeueInterval()).isZero();
    assertThat(settings.progressRequeueDelay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.maxCollectionSize()).isEqualTo(2_000_000);
    assertThat(settings.maxCollectionDimensions()).isEqualTo(4);
    assertThat(settings.maxGraphRevisions()).isEqualTo(3);
    assertThat(settings.celExtraLibraries()).isTrue();
    assertThat(settings.gracefulShutdownTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.leaderElection().enabled()).isTrue();
    assertThat(settings.leaderElection().leaseName()).isEqualTo("kro-lease");
    assertThat(settings.leaderElection().leaseDuration()).isEqualTo(Duration.ofSeconds(45));
    assertThat(settings.leaderElection().renewDeadline()).isEqualTo(Duration.ofSeconds(35));
    assertThat(settings.leaderElection().retryPeriod()).isEqualTo(Duration.ofSeconds(7));
    assertThat(settings.serviceAccounts().mode())
        .isEqualTo(ControllerSettings.ServiceAccounts.Mode.REQUIRED);
    assertThat(settings.featureGates().celOmitFunction()).isTrue();
    assertThat(settings.applyConcurrency()).as("extraSettings").isEqualTo(4);
    assertThat(settings.crdEstablishedTimeout())
        .as("extraSettings")
        .isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void defaultValuesKeepTheControllersDefaults() {
    ControllerSettings fromChart = bindController(KroChart.render());
    ControllerSettings builtIn = bind(Map.of(), "kro.controller", ControllerSettings.class);

    assertThat(fromChart).isEqualTo(builtIn);
  }

  @Test
  void consoleEnvironmentNamesItsOidcProperties() {
    Map<String, String> env = data(KroChart.render("external-oidc.yaml"), "kro-console-settings");
    env.put("KRO_CONSOLE_OIDC_CLIENT_SECRET", "from-the-secret");

    Map<String, String> expected =
        Map.of(
            "kro.console.oidc.issuer-uri", "https://idp.example.com/realms/kro",
            "kro.console.oidc.client-id", "kro",
            "kro.console.oidc.client-secret", "from-the-secret",
            "kro.console.oidc.groups-claim", "roles",
            "kro.console.oidc.username-claim", "email",
            "kro.console.oidc.embedded-provider", "off");
    expected.forEach(
        (property, value) ->
            assertThat(bind(env, property, String.class)).as(property).isEqualTo(value));
    assertThat(bind(env, "kro.console.oidc.scopes", String[].class))
        .containsExactly("openid", "profile");
  }

  @Test
  void theConsoleCompilesWithTheControllersSwitches() {
    Map<String, String> defaults = data(KroChart.render(), "kro-console-settings");
    Map<String, String> set = data(KroChart.render("settings.yaml"), "kro-console-settings");

    assertThat(bind(defaults, "kro.console.compiler.cel-omit-function", Boolean.class)).isFalse();
    assertThat(bind(defaults, "kro.console.compiler.cel-extra-libraries", Boolean.class)).isFalse();
    assertThat(bind(set, "kro.console.compiler.cel-omit-function", Boolean.class)).isTrue();
    assertThat(bind(set, "kro.console.compiler.cel-extra-libraries", Boolean.class)).isTrue();
  }

  @Test
  void embeddedProviderPortReachesItsProperty() {
    Map<String, String> env = data(KroChart.render(), "kro-console-settings");

    assertThat(bind(env, "kro.console.oidc.embedded-provider-port", Integer.class)).isEqualTo(9090);
    assertThat(bind(env, "kro.console.oidc.embedded-provider", String.class)).isEqualTo("on");
  }

  @Test
  void portsReachTheVariablesTheApplicationsRead() throws IOException {
    assertThat(data(KroChart.render(), "kro-controller-settings"))
        .containsEntry("KRO_METRICS_PORT", "8078");
    assertThat(data(KroChart.render(), "kro-console-settings")).containsEntry("PORT", "8080");
    assertThat(applicationProperties("operator")).contains("server.port=${KRO_METRICS_PORT:");
    assertThat(applicationProperties("ui")).contains("server.port=${PORT:");
  }

  private static String applicationProperties(String module) throws IOException {
    return Files.readString(
        KroChart.repositoryRoot()
            .resolve(module)
            .resolve("src/main/resources/application.properties"));
  }

  private static ControllerSettings bindController(RenderedChart chart) {
    Map<String, String> env = data(chart, "kro-controller-settings");
    assertThat(bind(env, "server.port", String.class))
        .as("KRO_METRICS_PORT is not server.port itself")
        .isNull();
    return bind(env, "kro.controller", ControllerSettings.class);
  }

  private static Map<String, String> data(RenderedChart chart, String configMap) {
    return new HashMap<>(chart.get("ConfigMap", configMap, ConfigMap.class).getData());
  }

  /** Binds as Spring Boot binds the process environment; null when nothing binds. */
  private static <T> T bind(Map<String, String> env, String name, Class<T> type) {
    MutablePropertySources sources = new MutablePropertySources();
    sources.addFirst(new SystemEnvironmentPropertySource("systemEnvironment", new HashMap<>(env)));
    Binder binder = new Binder(ConfigurationPropertySources.from(sources));
    if (type == ControllerSettings.class) {
      return binder.bindOrCreate(name, type);
    }
    return binder.bind(name, type).orElse(null);
  }
}
