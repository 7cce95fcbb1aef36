/**
 * Controller benchmarks against the real test API server (run with {@code mvn -Pbench}): throughput
 * against a bare loop of the same applies, create-to-Ready latency of a chain, and heap per managed
 * child. They print figures; they assert nothing about time, since machines differ.
 */
package run.kro.operator.bench;
