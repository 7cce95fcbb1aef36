/**
 * The Revisions tab of a ResourceGroup: its rollout in sentences with the actions the user may
 * take, the history with a diff between any two revisions, and which instances run which revision.
 */
package run.kro.ui.revision.ui;
