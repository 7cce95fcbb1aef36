/**
 * What upstream kro's end-to-end checks read from the API server, against our controller: the
 * generated instance CRD as served, and instance conditions as stored, field by field.
 */
package run.kro.operator.compat;
