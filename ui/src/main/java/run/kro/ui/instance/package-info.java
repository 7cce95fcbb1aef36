/**
 * Instances of the APIs ResourceGroups generate: the application services the views call (listing
 * instances and APIs, the status graph, live snapshots of an instance with its children and events,
 * what the user may do with an instance, previewing instances with a dry run of each child as the
 * user, and writing them) and the records they return. Services use the backend's compiler and
 * evaluation and fabric8; they never import views.
 */
package run.kro.ui.instance;
