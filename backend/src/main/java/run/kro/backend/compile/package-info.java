/**
 * The compile pipeline behind {@link run.kro.backend.engine.ResourceGroupCompiler}: naming,
 * resource kinds and scopes, template walking, expression compilation per context (fields, forEach,
 * includeWhen, readyWhen, status), dependency inference and the graph. Uses the model, schema,
 * kinds, cel, graph and status packages; package-private inside.
 */
package run.kro.backend.compile;
