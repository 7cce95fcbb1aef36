package run.kro.backend.validation;

import run.kro.backend.source.FieldPath;

/** A value that breaks its schema: where (relative to the validated root) and why. */
public record SchemaViolation(FieldPath path, String message) {}
