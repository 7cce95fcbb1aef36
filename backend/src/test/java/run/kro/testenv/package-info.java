/**
 * The real Kubernetes API server for integration tests: {@link run.kro.testenv.KubeTestEnv} starts kube-apiserver and
 * etcd through scripts/kube-testenv, and {@link run.kro.testenv.KubeTest} hands it to test classes. Published in the
 * backend test-jar for the operator's and the console's tests.
 */
package run.kro.testenv;
