/**
 * Teams: which namespaces belong to which team (namespace label {@code kro.run/team}), and the
 * Teams page.
 */
package run.kro.ui.team;
