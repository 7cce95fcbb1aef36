/**
 * Deletion on a cluster whose controllers run: the instance's tree goes in waves, and the cluster's
 * garbage collector and namespace controller remove what its children owned.
 */
package run.kro.operator.gc;
