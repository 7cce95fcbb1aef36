/**
 * The instance controller: for every instance of every generated kind, applies what the engine
 * renders, level by level in one pass, watches children and external references to wake up, prunes
 * what is no longer desired, deletes in waves, and writes status only when it changed. Desired
 * state comes from the backend; this package does the I/O.
 */
package run.kro.operator.instance;
