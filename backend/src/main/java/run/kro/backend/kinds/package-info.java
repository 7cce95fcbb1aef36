/**
 * Schemas of Kubernetes kinds, used to type-check templates. {@link run.kro.backend.kinds.SchemaResolver} gives a
 * kind's schema and scope; {@link run.kro.backend.kinds.CompositeSchemaResolver} chains the sources: a live cluster's
 * OpenAPI v3, CRDs from files or a cluster, and built-in kinds derived offline from the fabric8 model classes.
 * {@link run.kro.backend.kinds.KindPublication} tells from the server's documents whether a kind is served yet.
 * Uses fabric8, Jackson and Guava's caches; knows nothing of CEL.
 */
package run.kro.backend.kinds;
