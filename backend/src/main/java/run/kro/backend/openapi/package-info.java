/**
 * Validation of JSON values against structural OpenAPI v3 schemas (fabric8 JSONSchemaProps), the way the Kubernetes
 * API server validates custom resources. Used to read ResourceGroups against their own CRD and to check instances.
 */
package run.kro.backend.openapi;
