package run.kro.backend.api;

import run.kro.backend.source.FieldPath;

/** A field of a template (path relative to the template) and what it evaluates. */
public record CompiledField(FieldPath path, CompiledValue value) {}
