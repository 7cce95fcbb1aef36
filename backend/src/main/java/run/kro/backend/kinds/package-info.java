/**
 * Schemas of Kubernetes kinds, used to type-check templates. {@link
 * run.kro.backend.kinds.SchemaResolver} gives a kind's schema and scope; the sources here work
 * offline: CRDs from files, and built-in kinds derived from the fabric8 model classes. {@link
 * run.kro.backend.kinds.KindPublication} tells from the server's documents whether a kind is served
 * yet. Uses fabric8's models (never its client), Jackson and Guava's caches; knows nothing of CEL.
 */
package run.kro.backend.kinds;
