/** Authoring ResourceGroups: the application service the views call, and the views under {@code ui}. */
package run.kro.ui.rg;
