/**
 * The engine's entry points, on top of every other backend package: {@code ResourceGroupCompiler}
 * turns YAML into a compiled graph, {@code InstanceEvaluator} starts the evaluation of one instance
 * against it. The operator, the console and the CLI start here.
 */
package run.kro.backend.engine;
