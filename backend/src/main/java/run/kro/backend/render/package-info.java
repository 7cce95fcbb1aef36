/**
 * Instance evaluation (docs/design.md#the-reconcile-pass): includeWhen, rendering templates and
 * collections into desired objects, external reference targets, readiness and status projection,
 * over the values the controller observed. {@link run.kro.backend.render.GraphEvaluation}
 * implements {@link run.kro.backend.api.InstanceEvaluation}; everything else here is
 * package-private. Uses the compiled graph ({@code api}), the {@code cel} package and cel-java;
 * never talks to a cluster.
 */
package run.kro.backend.render;
