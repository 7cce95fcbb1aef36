/**
 * The controller's settings ({@code kro.controller.*}), as one immutable value the features read.
 * Kept apart from {@code config}, the Spring wiring, so the features depend on their settings and
 * never on the wiring that uses them.
 */
package run.kro.operator.settings;
