/** What every feature of the console shares: the connection to Kubernetes and, under {@code ui}, the layout. */
package run.kro.ui.base;
