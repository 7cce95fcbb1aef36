/**
 * What every feature of the console shares: the connection to Kubernetes, YAML text, the one rule
 * for hiding Secret values ({@link run.kro.ui.base.SecretRedaction}), the debounced watch of the
 * live views ({@link run.kro.ui.base.DebouncedWatch}) and, under {@code ui}, the layout.
 */
package run.kro.ui.base;
