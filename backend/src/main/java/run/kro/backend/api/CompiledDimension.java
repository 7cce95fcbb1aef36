package run.kro.backend.api;

import run.kro.backend.cel.CompiledExpression;

/** One forEach dimension: the iterator name and the list expression it walks. */
public record CompiledDimension(String iterator, CompiledExpression expression) {}
