/**
 * Test support for the controller ITs: the controller running against the real test API server
 * under its own identity, fixtures read from YAML, the API server's audit log to count writes, and
 * waits for instance states.
 */
package run.kro.operator.testing;
