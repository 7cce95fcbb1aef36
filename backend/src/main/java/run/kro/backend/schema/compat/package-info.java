/**
 * Schema compatibility of a generated CRD: what changes between the CRD in the cluster and the one
 * a ResourceGroup now generates, and which of those changes would break existing instances
 * (docs/design.md#crd-ownership-and-breaking-changes). Works on fabric8's CRD model and Jackson
 * only; the operator decides what to block.
 */
package run.kro.backend.schema.compat;
