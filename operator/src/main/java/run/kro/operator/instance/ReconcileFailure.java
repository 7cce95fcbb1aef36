package run.kro.operator.instance;

/**
 * A reconcile that reached the cluster and recorded its outcome, but found resources in error:
 * thrown so that the work queue retries the instance with exponential backoff.
 */
final class ReconcileFailure extends RuntimeException {

  ReconcileFailure(String message) {
    super(message, null, false, false);
  }
}
