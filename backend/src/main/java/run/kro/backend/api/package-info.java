/**
 * The engine's public face: compile a ResourceGroup into an immutable graph, and the error values it reports.
 * The operator and the console use these types; the machinery lives in the feature packages beside this one.
 */
package run.kro.backend.api;
