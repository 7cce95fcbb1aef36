/**
 * The ResourceGroup API as immutable records, and the reader that turns a YAML document into them
 * after checking it against the ResourceGroup CRD schema. Uses Jackson and the source package;
 * knows nothing of CEL or graphs.
 */
package run.kro.backend.model;
