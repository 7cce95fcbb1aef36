package run.kro.backend.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.source.SourceDocument;

/** A file given with {@code -f}: its YAML documents, or the error that kept it from being read. */
public record InputFile(
    Path path, List<SourceDocument> documents, Optional<CompileError> readError) {

  public InputFile {
    documents = List.copyOf(documents);
  }

  /** How the file is named in messages: as the user gave it, relative to where the command runs. */
  public String displayName() {
    Path cwd = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : path.toString();
  }
}
