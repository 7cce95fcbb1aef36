/**
 * Drawing graphs: a neutral model of nodes and edges, its layered layout (Eclipse ELK) and its SVG
 * rendering, used for the ResourceGroup dependency graph and the instance status graph alike. The
 * component lives under {@code ui}.
 */
package run.kro.ui.graph;
