/**
 * The graph component: SVG drawn on the server, node clicks (and Enter on a focused node) sent back
 * as node ids.
 */
package run.kro.ui.graph.ui;
