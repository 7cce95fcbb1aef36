package run.kro.operator.queue;

/**
 * Brings the world in line with one key. Throwing means "try again with backoff"; the worker pool
 * counts the failures and drops the key after its maximum retries.
 */
@FunctionalInterface
public interface KeyReconciler<K> {

  Outcome reconcile(K key) throws Exception;
}
