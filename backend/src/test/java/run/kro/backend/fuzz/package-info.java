/**
 * Bad-input fuzzing and property tests for the engine: generated and mutated SimpleSchema, {@code
 * ${}} templates, ResourceGroup YAML, and random dependency graphs, each from a fixed seed so a
 * failure can be replayed. Uses only the engine's public entry points and JUnit; the input count
 * comes from {@code kro.fuzz.inputs}.
 */
package run.kro.backend.fuzz;
