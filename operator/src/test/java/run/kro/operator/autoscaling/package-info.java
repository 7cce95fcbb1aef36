/**
 * Resources whose status the cluster's HorizontalPodAutoscaler controller writes, read by readyWhen
 * and the instance status.
 */
package run.kro.operator.autoscaling;
