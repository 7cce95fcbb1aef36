/**
 * Reading structural OpenAPI v3 schemas (fabric8 JSONSchemaProps): their types as the Kubernetes
 * API server sees them, and the defaults they declare. Checking values against them is {@code
 * validation}'s job.
 */
package run.kro.backend.openapi;
