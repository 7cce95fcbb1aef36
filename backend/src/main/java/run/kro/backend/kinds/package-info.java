/**
 * Schemas of Kubernetes kinds, used to type-check templates: built-in kinds read offline from the fabric8 model,
 * CRDs from files or a cluster, and a live cluster's OpenAPI v3. Uses fabric8 and Jackson; knows nothing of CEL.
 */
package run.kro.backend.kinds;
