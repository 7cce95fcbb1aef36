package run.kro.backend.source;

import run.kro.backend.diagnostics.CompileError;

/** A source text that cannot be read as YAML at all; carries the error with its place. */
public final class YamlSyntaxException extends Exception {

  private final transient CompileError error;

  public YamlSyntaxException(CompileError error) {
    super(error.describe());
    this.error = error;
  }

  public CompileError error() {
    return error;
  }
}
