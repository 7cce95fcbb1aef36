/**
 * The console's frame and shared components: the layout with navigation, the YAML editor,
 * notifications.
 */
package run.kro.ui.base.ui;
