/**
 * Schema compatibility of a generated CRD: what changes between the CRD in the cluster and the one a ResourceGroup
 * now generates, and which of those changes would break existing instances (§5.3). Works on fabric8's CRD model and
 * Jackson only; the operator decides what to block.
 */
package run.kro.backend.schema.compat;
