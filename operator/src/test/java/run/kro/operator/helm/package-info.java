/**
 * Guards of the Helm chart {@code helm/kro} and the container images: the chart lints, renders with
 * each set of values into the objects we promise, its settings bind to the controller's, the API
 * server accepts every rendered object (server-side dry run), and the jar has the layers the
 * Dockerfiles copy. Helm runs in-process (helm-java).
 */
package run.kro.operator.helm;
