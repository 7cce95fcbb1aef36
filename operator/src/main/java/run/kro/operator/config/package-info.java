/**
 * The Spring wiring of the controller process, on top of the features: the Kubernetes client, the
 * ResourceGroup CRDs installed at startup, and the runner that starts the controllers directly or
 * under leader election. The settings it binds live in {@code settings}. The HTTP transport is
 * fabric8's one on the JDK's HTTP client.
 */
package run.kro.operator.config;
