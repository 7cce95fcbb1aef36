/**
 * Errors as values with a place, at the bottom of the backend: {@code CompileError}, the {@code
 * Stage} that found it, and its {@code SourcePosition} (line and column). Every package may use
 * these; they use nothing of the backend.
 */
package run.kro.backend.diagnostics;
