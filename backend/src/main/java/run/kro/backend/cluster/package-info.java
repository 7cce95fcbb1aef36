/**
 * The backend's one door to a live cluster: kind schemas read through the fabric8 client, from the
 * server's OpenAPI v3 documents and its CRDs, and {@link
 * run.kro.backend.cluster.CompositeSchemaResolver}, which chains them with the offline sources of
 * {@code kinds}; and {@link run.kro.backend.cluster.GraphRevisionKind}, where the controller and
 * the console find GraphRevisions. Apart from the CLI, no other backend package may use the fabric8
 * client, so the engine stays a pure function of its inputs (the architecture tests hold this).
 */
package run.kro.backend.cluster;
