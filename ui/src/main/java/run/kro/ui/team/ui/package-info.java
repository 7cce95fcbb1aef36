/** The Teams page. */
package run.kro.ui.team.ui;
