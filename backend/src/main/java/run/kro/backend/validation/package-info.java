/**
 * Validation of JSON values against structural OpenAPI v3 schemas, the way the Kubernetes API
 * server validates custom resources: types, required and unknown fields, value constraints and
 * {@code x-kubernetes-validations} CEL rules. Used to read ResourceGroups against their own CRD and
 * to check instances; it sits above {@code openapi} and {@code cel}, which both stay free of it.
 */
package run.kro.backend.validation;
