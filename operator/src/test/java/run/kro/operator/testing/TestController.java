package run.kro.operator.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import run.kro.operator.ControllerProcess;
import run.kro.operator.config.KubernetesClientConfiguration;
import run.kro.operator.config.ResourceGroupCrdsInstaller;
import run.kro.operator.queue.ReconcileMetrics;
import run.kro.operator.settings.ControllerSettings;
import run.kro.testenv.KubeTestEnv;

/**
 * The controller of the test JVM: the production {@link ControllerProcess} with the production
 * settings binding, against the test API server, as user {@value #USER} so that its requests can be
 * told apart in the audit log. Shared by all ITs (each uses its own kinds and namespaces); tests
 * that stop it start it again.
 */
public final class TestController {

  public static final String USER = "kro-controller";
  private static TestController instance;

  private final KubernetesClient client;
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final ControllerProcess process;

  private TestController(KubernetesClient client, ControllerSettings settings) {
    this.client = client;
    ResourceGroupCrdsInstaller.installMissing(client);
    this.process = new ControllerProcess(client, settings, meters, Clock.systemUTC());
  }

  /** On the controller's own client (its serialization, HTTP client and rate limit). */
  private static TestController onControllerClient(Map<String, String> properties) {
    ControllerSettings settings = settings(properties);
    return new TestController(
        KubernetesClientConfiguration.create(
            settings, KubeTestEnv.get().kubeconfigFor(USER, "system:masters").toString()),
        settings);
  }

  /** The shared controller, started. */
  public static synchronized TestController running() {
    if (instance == null) {
      // Alpha features are on, so that ITs can cover them (e.g. omit()); their default (off) is the
      // engine's to test.
      instance =
          onControllerClient(Map.of("kro.controller.feature-gates.cel-omit-function", "true"));
      // At exit the API server may be gone already (its own hook stops it): close the client first,
      // so that a
      // worker in the middle of a request fails at once instead of retrying for longer than
      // surefire waits.
      TestController shared = instance;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    shared.client.close();
                    shared.process.stop();
                  },
                  "test-controller-stop"));
    }
    instance.process.start();
    return instance;
  }

  /**
   * A controller of its own with the given {@code kro.controller.*} properties, not started; for
   * benchmarks that compare settings. Never run it beside the shared one.
   */
  public static TestController create(Map<String, String> properties) {
    return onControllerClient(properties);
  }

  /** Like {@link #create(Map)}, with a client of the caller's (e.g. one that injects faults). */
  public static TestController create(Map<String, String> properties, KubernetesClient client) {
    return new TestController(client, settings(properties));
  }

  /** Settings as the application would bind them from {@code kro.controller.*} properties. */
  public static ControllerSettings settings(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("kro.controller", ControllerSettings.class);
  }

  public void stop() {
    process.stop();
  }

  public void start() {
    process.start();
  }

  /** How many reconciles of instances of {@code kind} finished so far, whatever their result. */
  public double reconciles(String kind) {
    return meters.find(ReconcileMetrics.RECONCILES).tag("kind", kind).counters().stream()
        .mapToDouble(Counter::count)
        .sum();
  }

  /** Total time spent in reconciles of {@code kind}, and in the engine during them, in seconds. */
  public double[] reconcileSeconds(String kind) {
    double reconcile =
        meters.find(ReconcileMetrics.RECONCILE_DURATION).tag("kind", kind).timers().stream()
            .mapToDouble(t -> t.totalTime(TimeUnit.NANOSECONDS) / 1e9)
            .sum();
    double engine =
        meters.find("kro.cel.evaluation").tag("kind", kind).timers().stream()
            .mapToDouble(t -> t.totalTime(TimeUnit.NANOSECONDS) / 1e9)
            .sum();
    return new double[] {reconcile, engine};
  }

  /** The value of gauge {@code name} with {@code tags} (name/value pairs); NaN when absent. */
  public double gauge(String name, String... tags) {
    var gauge = meters.find(name).tags(tags).gauge();
    return gauge == null ? Double.NaN : gauge.value();
  }

  public KubernetesClient client() {
    return client;
  }
}
