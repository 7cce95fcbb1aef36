/**
 * The Spring wiring of the controller process: its settings ({@code kro.controller.*}), the Kubernetes client, the
 * ResourceGroup CRDs installed at startup, and the runner that starts the controllers directly or under leader
 * election.
 */
package run.kro.operator.config;
