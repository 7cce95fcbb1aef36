/**
 * SimpleSchema: the type-and-marker language of a ResourceGroup's instance spec, turned into
 * OpenAPI v3 (fabric8 JSONSchemaProps), and the generated instance CRD. Uses Jackson, fabric8's
 * model and JGraphT (through the graph package); knows nothing of CEL.
 */
package run.kro.backend.schema;
