/**
 * The {@code kro} command-line tool (picocli): validate ResourceGroups and instances offline,
 * generate CRDs and sample instances, print the dependency graph, render an instance's objects. It
 * uses the same compiler as the controller and the console, and renders through the controller's
 * {@link run.kro.backend.api.InstanceEvaluation}.
 */
package run.kro.backend.cli;
