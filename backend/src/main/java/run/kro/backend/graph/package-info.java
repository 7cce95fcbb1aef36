/**
 * The dependency graph of a ResourceGroup's resources, built with JGraphT: cycle detection with the
 * cycle's path, the apply order (topological, declaration order breaking ties) and the deletion
 * waves. Knows nothing of CEL.
 */
package run.kro.backend.graph;
