package run.kro.operator.settings;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import run.kro.backend.api.CompilerOptions;
import run.kro.backend.api.FeatureGates;
import run.kro.backend.api.KroVersion;
import run.kro.operator.queue.BackoffPolicy;

/**
 * The controller's settings, as Spring properties under {@code kro.controller}, with upstream kro's
 * flag defaults (docs/design.md#settings): e.g. {@code --allow-crd-deletion} is {@code
 * kro.controller.allow-crd-deletion}. Our additions are marked.
 *
 * @param allowCrdDeletion delete the generated CRD (and so every instance) when its ResourceGroup
 *     is deleted
 * @param blockDeletionWhileInstancesExist ours: keep a ResourceGroup (by its finalizer) while
 *     instances exist
 * @param installCrds ours: create the ResourceGroup, ResourceGraphDefinition and GraphRevision CRDs
 *     at startup when they are missing
 * @param resourceGroupConcurrentReconciles {@code
 *     --resource-graph-definition-concurrent-reconciles}
 * @param instanceConcurrentReconciles {@code --dynamic-controller-concurrent-reconciles}
 * @param resyncPeriod {@code --dynamic-controller-default-resync-period}
 * @param queueMaxRetries {@code --dynamic-controller-default-queue-max-retries}
 * @param instanceRequeueInterval {@code --instance-requeue-interval}: a fallback for instances that
 *     wait; watches on children wake them sooner. Zero turns it off.
 * @param progressRequeueDelay {@code --rgd-progress-requeue-delay}: while a generated CRD becomes
 *     established
 * @param crdEstablishedTimeout how long a generated CRD may take to become established before
 *     KindReady fails
 * @param maxCollectionSize {@code --rgd-max-collection-size}
 * @param maxCollectionDimensions {@code --rgd-max-collection-dimension-size}
 * @param maxGraphRevisions {@code --rgd-max-graph-revisions}: how many GraphRevisions each
 *     ResourceGroup keeps (10 here, 5 upstream); the latest and those instances use are always kept
 * @param celExtraLibraries ours: expressions may also use cel-java's {@code math.*}, {@code sets.*}
 *     and {@code regex.*}, which upstream kro lacks (off: upstream's CEL environment exactly)
 * @param gracefulShutdownTimeout {@code --graceful-shutdown-timeout}
 * @param applyConcurrency ours: how many objects of one graph level the instance workers apply at
 *     once, in all
 * @param serviceAccounts ours: whether children are written as the service accounts ResourceGroups
 *     name
 * @param featureGates {@code --feature-gates}: alpha features, each off by default
 * @param idleHeapCompaction ours: after a burst of work, once at most one garbage collection has
 *     run in this long, full collections give the heap the burst left behind back to the system;
 *     {@code 0} turns it off
 */
@ConfigurationProperties("kro.controller")
public record ControllerSettings(
    @DefaultValue("false") boolean allowCrdDeletion,
    @DefaultValue("false") boolean blockDeletionWhileInstancesExist,
    @DefaultValue("true") boolean installCrds,
    @DefaultValue Client client,
    @DefaultValue("1") int resourceGroupConcurrentReconciles,
    @DefaultValue("1") int instanceConcurrentReconciles,
    @DefaultValue("36000s") Duration resyncPeriod,
    @DefaultValue("20") int queueMaxRetries,
    @DefaultValue RateLimiter rateLimiter,
    @DefaultValue("3s") Duration instanceRequeueInterval,
    @DefaultValue("3s") Duration progressRequeueDelay,
    @DefaultValue("2m") Duration crdEstablishedTimeout,
    @DefaultValue("1000") int maxCollectionSize,
    @DefaultValue("10") int maxCollectionDimensions,
    @DefaultValue("10") int maxGraphRevisions,
    @DefaultValue("false") boolean celExtraLibraries,
    @DefaultValue("60s") Duration gracefulShutdownTimeout,
    @DefaultValue("16") int applyConcurrency,
    @DefaultValue LeaderElection leaderElection,
    @DefaultValue ServiceAccounts serviceAccounts,
    @DefaultValue FeatureGateSettings featureGates,
    @DefaultValue("30s") Duration idleHeapCompaction) {

  /**
   * What the ResourceGroup compiler is given: the collection limit, the feature gates and the CEL
   * environment; its advice for an unknown kind speaks of the cluster, not of the CLI's flags.
   */
  public CompilerOptions compilerOptions() {
    return new CompilerOptions(
            maxCollectionDimensions,
            KroVersion.current(),
            featureGates.toEngine(),
            celExtraLibraries)
        .withUnknownKindAdvice("install the CRD that defines it");
  }

  /** {@code --client-qps} and {@code --client-burst}. */
  public record Client(@DefaultValue("100") int qps, @DefaultValue("150") int burst) {}

  /** {@code --dynamic-controller-rate-limiter-*}: backoff of failed reconciles. */
  public record RateLimiter(
      @DefaultValue("200ms") Duration minDelay,
      @DefaultValue("1000s") Duration maxDelay,
      @DefaultValue("10") double rateLimit,
      @DefaultValue("100") int burstLimit) {

    /** The work queues' backoff: per key from the delays, overall from the token bucket. */
    public BackoffPolicy backoff() {
      return new BackoffPolicy(minDelay, maxDelay, rateLimit, burstLimit);
    }
  }

  /**
   * Leader election on a Lease, so that one of several replicas reconciles. Upstream renews every 2
   * s (lease 15 s, renew deadline 10 s); here every 10 s (lease 40 s, renew deadline 30 s), because
   * renewals are most of an idle controller's CPU (docs/performance.md): a leader that dies without
   * releasing the lease is replaced after up to 40 s instead of 15 s (docs/operations.md).
   *
   * @param namespace where the Lease lives; empty means the pod's namespace in a cluster, {@code
   *     default} outside
   * @param identity this replica's name in the Lease; empty means the host name plus a random
   *     suffix
   */
  public record LeaderElection(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("") String namespace,
      @DefaultValue("controller.kro.run") String leaseName,
      @DefaultValue("") String identity,
      @DefaultValue("40s") Duration leaseDuration,
      @DefaultValue("30s") Duration renewDeadline,
      @DefaultValue("10s") Duration retryPeriod) {}

  /**
   * The confused-deputy guard (docs/security.md): children are written as the service account that
   * a ResourceGroup's {@code spec.defaultServiceAccounts} names for their namespace.
   *
   * @param mode {@code optional}: without a service account for a namespace, the controller writes
   *     with its own rights; {@code required}: such a child is refused
   */
  public record ServiceAccounts(@DefaultValue("optional") Mode mode) {

    /** What happens to a child without a service account. */
    public enum Mode {
      OPTIONAL,
      REQUIRED
    }
  }

  /**
   * Upstream's alpha feature gates that change what the engine accepts.
   *
   * @param celOmitFunction {@code CELOmitFunction}: templates may call {@code omit()} to leave out
   *     a field
   */
  public record FeatureGateSettings(@DefaultValue("false") boolean celOmitFunction) {

    public FeatureGates toEngine() {
      return new FeatureGates(celOmitFunction);
    }
  }
}
