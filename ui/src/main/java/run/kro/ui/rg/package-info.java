/**
 * Authoring ResourceGroups: the application services the views call (compiling, listing the
 * ResourceGroups in the cluster, previewing and saving edits by server-side apply), their value
 * records, and the views under {@code ui}. Services use the backend's compiler and fabric8; they
 * never import views.
 */
package run.kro.ui.rg;
