/**
 * CEL in kro: pulling {@code ${…}} expressions out of template strings, and the configured cel-java
 * environment (standard library, extensions and kro's own functions) that expressions are compiled
 * and evaluated with. Uses cel-java and the function libraries in {@code cel.library}; knows
 * nothing of resources or graphs.
 */
package run.kro.backend.cel;
