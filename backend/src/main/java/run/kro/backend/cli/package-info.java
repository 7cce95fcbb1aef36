/**
 * The {@code kro} command-line tool (picocli): validate ResourceGroups and instances offline, generate CRDs and sample
 * instances, print the dependency graph. It uses the same compiler as the controller and the console.
 */
package run.kro.backend.cli;
