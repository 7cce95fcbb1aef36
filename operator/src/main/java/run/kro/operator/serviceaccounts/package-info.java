/**
 * The controller's confused-deputy guard: which identity writes an instance's children (a service
 * account the ResourceGroup names, impersonated, or the controller itself) and the fabric8 clients
 * that act as it. Uses fabric8 and the backend model; knows nothing of graphs or reconciles.
 */
package run.kro.operator.serviceaccounts;
