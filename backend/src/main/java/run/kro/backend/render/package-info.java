/**
 * Instance evaluation (§4.3 step 4, §4.4, §4.5, §3.8): includeWhen, rendering templates and collections into desired
 * objects, external reference targets, readiness and status projection, over the values the controller observed.
 * Uses the compiled graph and cel-java; never talks to a cluster.
 */
package run.kro.backend.render;
