/**
 * Graph revisions and rollouts in the console (docs/revisions.md): reading a ResourceGroup's
 * revisions, its rollout status and which instances run which revision, live; the sentences that
 * describe a rollout; the diff between two revisions; and the rollout actions, written as the
 * signed-in user. Uses the backend's rollout rules, fabric8 and the rg and instance services; never
 * imports views.
 */
package run.kro.ui.revision;
