/**
 * JMH benchmarks of the engine, run with the {@code bench} Maven profile; never part of the normal
 * test run.
 */
package run.kro.backend.bench;
