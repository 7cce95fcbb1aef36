/**
 * ITs of edits that race the controller: an instance's spec changed many times while it reconciles,
 * and a ResourceGroup changed while its instances reconcile. Fixtures live in {@code
 * src/test/resources/edits/}.
 */
package run.kro.operator.edits;
