/**
 * Kubernetes I/O shared by the controllers: finding the REST resource of a kind by discovery,
 * generic object access, JSON conversion and the classification of API errors. Uses fabric8; knows
 * nothing of ResourceGroups.
 */
package run.kro.operator.kube;
