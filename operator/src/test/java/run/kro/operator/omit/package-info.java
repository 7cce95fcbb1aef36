/**
 * omit() through the controller: the feature gate setting reaches the compiler, and omitted fields
 * leave the child.
 */
package run.kro.operator.omit;
