package run.kro.ui.rg;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import run.kro.ui.audit.Actor;
import run.kro.ui.audit.AuditDigest;
import run.kro.ui.audit.AuditResult;
import run.kro.ui.audit.AuditTarget;
import run.kro.ui.audit.AuditTrail;
import run.kro.ui.audit.AuditVerb;
import run.kro.ui.base.ClusterConnection;
import run.kro.ui.base.ProviderSimulation;
import run.kro.ui.security.ConsoleUser;

/**
 * With {@code kro.console.preload-examples=true} (the local run command sets it for its own
 * cluster), installs the shipped examples so that a newcomer sees graphs at once: the demo users'
 * namespaces and RBAC (the console acts as the signed-in user), the CRDs the examples need and the
 * objects they expect to exist (their {@code prerequisites/}, e.g. what an externalRef reads), then
 * the ResourceGroups, then their instances once the controller has generated the APIs; where kwok
 * simulates workloads (the full local control plane), also the examples' simulated providers
 * ({@code simulation/}), each once its kind is served. Only creates what is missing; never changes
 * or deletes anything. Runs in the background and gives up quietly after a few minutes (e.g. when
 * no controller runs); then says how long the instances took to become ACTIVE and Ready after the
 * console started, or which did not and why. Its creations are audited as {@value #SUBJECT}; the
 * expected refusals of its retries (kind not served yet, already exists) are not.
 */
@Component
@ConditionalOnProperty(name = "kro.console.preload-examples", havingValue = "true")
public class ExamplePreloader implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ExamplePreloader.class);
  private static final Duration RETRY = Duration.ofSeconds(2);
  private static final String INSTANCES = "classpath*:examples/*/instances/*.yaml";
  static final String SUBJECT = "kro-console (example preloader)";

  private final KubernetesClient client;
  private final Duration patience;
  private final AuditTrail audit;
  private final SimulationStageGate stageGate;
  private final Clock clock = Clock.systemUTC();

  public ExamplePreloader(
      KubernetesClient client, @Value("${kro.console.preload-patience:3m}") Duration patience) {
    this.client = client;
    this.patience = patience;
    this.audit = new AuditTrail(() -> client, Actor.fixed(new ConsoleUser(SUBJECT, List.of())));
    this.stageGate = new SimulationStageGate(client);
  }

  @Override
  public void run(ApplicationArguments args) {
    Instant consoleUp = clock.instant();
    Thread thread =
        new Thread(
            () -> {
              preload();
              reportConvergence(consoleUp);
            },
            "example-preloader");
    thread.setDaemon(true);
    thread.start();
  }

  /** Creates what is missing; returns what could not be created in time, as "Kind name". */
  List<String> preload() {
    Instant deadline = Instant.now().plus(patience);
    List<HasMetadata> pending = new ArrayList<>();
    pending.addAll(objects("classpath*:demo/access.yaml"));
    pending.addAll(objects("classpath*:examples/*/crds/*.yaml"));
    pending.addAll(objects("classpath*:examples/*/prerequisites/*.yaml"));
    pending.addAll(objects("classpath*:examples/*/*.yaml"));
    pending.addAll(objects(INSTANCES));
    pending.addAll(simulationStages());
    // Each pass creates what it can; an object whose kind is not served yet waits for a later pass.
    pending.removeIf(this::createIfMissing);
    while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
      sleep();
      pending.removeIf(this::createIfMissing);
    }
    List<String> missing =
        pending.stream().map(o -> o.getKind() + " " + o.getMetadata().getName()).toList();
    if (missing.isEmpty()) {
      LOG.info("examples preloaded");
    } else {
      LOG.info(
          "examples not preloaded (kinds not served; is the controller running?): {}", missing);
    }
    return missing;
  }

  /** The examples' simulated providers, where kwok runs to act on them. */
  private List<HasMetadata> simulationStages() {
    List<HasMetadata> stages = objects(ProviderSimulation.STAGES);
    if (!stages.isEmpty() && !stageGate.kwokRuns()) {
      LOG.info(
          "{}: the examples' simulated providers are not installed",
          ClusterConnection.NOT_SIMULATED);
      return List.of();
    }
    return stages;
  }

  /** The examples' instances. */
  List<HasMetadata> instances() {
    return objects(INSTANCES);
  }

  /**
   * Logs how long after the console started every preloaded instance was ACTIVE and Ready, or which
   * were not.
   */
  private void reportConvergence(Instant consoleUp) {
    List<HasMetadata> instances = instances();
    try {
      ExampleConvergence.Outcome outcome =
          new ExampleConvergence(client, clock).await(instances, consoleUp.plus(patience));
      String seconds =
          String.format(
              Locale.ROOT, "%.1f", Duration.between(consoleUp, outcome.at()).toMillis() / 1000.0);
      if (outcome.notReady().isEmpty()) {
        LOG.info(
            "all {} example instances ACTIVE and Ready {} s after the console started",
            instances.size(),
            seconds);
      } else {
        LOG.warn(
            "{} of {} example instances not ACTIVE and Ready {} s after the console started: {}",
            outcome.notReady().size(),
            instances.size(),
            seconds,
            String.join("; ", outcome.notReady()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the object is there now (created, or it already existed). */
  private boolean createIfMissing(HasMetadata object) {
    if (SimulationStageGate.isStage(object) && !stageGate.targetPublished(object)) {
      return false;
    }
    try {
      String namespace = object.getMetadata().getNamespace();
      if (namespace != null && client.namespaces().withName(namespace).get() == null) {
        // The examples' instances live in team namespaces; on our own local cluster they are
        // created for them.
        create(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build());
      }
      create(object);
      LOG.info("preloaded example {} {}", object.getKind(), object.getMetadata().getName());
      return true;
    } catch (KubernetesClientException e) {
      return e.getCode() == 409;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void create(HasMetadata object) {
    Optional<String> change = Optional.of(AuditDigest.sha256(object));
    try {
      audit.record(
          AuditVerb.CREATE,
          AuditTarget.of(client.resource(object).create()),
          AuditResult.succeeded(),
          change);
    } catch (KubernetesClientException e) {
      // Expected on a retry, and not audited: the kind is not served yet (refused before any
      // request when the
      // client's discovery does not know it), or the object exists.
      if (e.getCode() > 0 && e.getCode() != 404 && e.getCode() != 409) {
        audit.record(
            AuditVerb.CREATE,
            AuditTarget.of(object),
            AuditResult.of(e, ApiErrorText.of(e)),
            change);
      }
      throw e;
    }
  }

  private List<HasMetadata> objects(String pattern) {
    List<HasMetadata> objects = new ArrayList<>();
    try {
      Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
      Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
      for (Resource file : files) {
        try (InputStream in = file.getInputStream()) {
          objects.addAll(client.load(in).items());
        } catch (RuntimeException e) {
          LOG.warn("example {} cannot be read: {}", file.getFilename(), e.getMessage());
        }
      }
    } catch (IOException e) {
      LOG.warn("examples cannot be listed: {}", e.getMessage());
    }
    return objects;
  }

  private static void sleep() {
    try {
      Thread.sleep(RETRY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
