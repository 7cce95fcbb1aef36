/**
 * The controllers' work queue and worker pool, modelled on client-go's rate-limited workqueue
 * (docs/design.md#the-work-queue): deduplicated keys, per-key exponential backoff with an overall
 * token bucket, delayed requeues, and Micrometer metrics. Plain Java and Micrometer only; no
 * Kubernetes client and no Spring here, the wiring lives elsewhere.
 */
package run.kro.operator.queue;
