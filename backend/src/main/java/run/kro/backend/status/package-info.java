/**
 * Instance status: the fields a ResourceGroup computes from its resources, their expressions and
 * the OpenAPI schema inferred from the expressions' CEL types for the generated CRD. Uses the cel
 * package.
 */
package run.kro.backend.status;
