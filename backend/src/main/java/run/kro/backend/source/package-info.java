/**
 * Source documents: YAML text read into JSON trees that remember where every node stood, and field
 * paths that name a node. Everything that reports an error with a line and column starts here. Uses
 * Jackson only.
 */
package run.kro.backend.source;
