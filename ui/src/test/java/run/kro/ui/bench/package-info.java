/**
 * Benchmarks of the console, run with {@code mvn -B -pl ui -am -Pbench -DskipTests verify}; never
 * timed tests.
 */
package run.kro.ui.bench;
