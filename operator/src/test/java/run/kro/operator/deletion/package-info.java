/**
 * ITs of instance deletion when children do not go away at once: finalizers held by someone else
 * stop a deletion wave, and the controller must wait. Fixtures live in {@code
 * src/test/resources/deletion/}.
 */
package run.kro.operator.deletion;
