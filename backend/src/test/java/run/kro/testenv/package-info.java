/**
 * The real Kubernetes control plane for integration tests: {@link run.kro.testenv.KubeTestEnv}
 * starts it through scripts/kube-testenv, {@link run.kro.testenv.KubeTest} hands it to test
 * classes, and {@link run.kro.testenv.SimulatedProviders} installs an example's simulated
 * providers. Published in the backend test-jar for the operator's and the console's tests.
 */
package run.kro.testenv;
