/**
 * The vocabulary of the engine's public face: the compiled, immutable graph of a ResourceGroup and
 * what evaluating an instance against it yields (desired objects, inclusion, readiness, status).
 * The entry points that produce these live in {@code engine}; the machinery in the feature
 * packages. Depends only on packages below it, never on {@code compile} or {@code render}.
 */
package run.kro.backend.api;
