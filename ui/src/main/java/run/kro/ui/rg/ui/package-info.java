/**
 * Views for authoring ResourceGroups; they call {@link run.kro.ui.rg.ValidationService}, never the
 * cluster.
 */
package run.kro.ui.rg.ui;
