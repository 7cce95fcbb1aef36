package run.kro.ui.graph;

/**
 * An edge from {@code from} (a dependency) to {@code to} (its dependent); highlighted edges are
 * drawn red.
 */
public record GraphEdge(String from, String to, boolean highlighted) {}
