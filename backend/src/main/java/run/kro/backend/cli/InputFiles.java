package run.kro.backend.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.source.YamlFiles;
import run.kro.backend.source.YamlSourceReader;
import run.kro.backend.source.YamlSyntaxException;

/**
 * Reads the files and folders given with {@code -f}: folders are searched for {@code .yaml}/{@code
 * .yml} files.
 */
public final class InputFiles {

  private final YamlSourceReader reader = new YamlSourceReader();

  /**
   * Every YAML file under {@code paths}, read; a path that does not exist is an error of its own.
   */
  public List<InputFile> read(List<Path> paths) {
    List<InputFile> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        YamlFiles.under(path).forEach(file -> files.add(read(file)));
      } else {
        files.add(read(path));
      }
    }
    return files;
  }

  public InputFile read(Path file) {
    try {
      if (Files.size(file) > YamlSourceReader.MAX_CHARS * 4L) {
        return failed(file, String.format("file is too large: %,d bytes", Files.size(file)));
      }
      return new InputFile(
          file, reader.read(file.toString(), Files.readString(file)), Optional.empty());
    } catch (YamlSyntaxException e) {
      return new InputFile(file, List.of(), Optional.of(e.error()));
    } catch (NoSuchFileException e) {
      return failed(file, "no such file");
    } catch (MalformedInputException e) {
      return failed(file, "not a UTF-8 text file");
    } catch (IOException e) {
      return failed(file, "cannot read: " + e.getMessage());
    }
  }

  private static InputFile failed(Path file, String message) {
    return new InputFile(file, List.of(), Optional.of(CompileError.of(Stage.YAML, "", message)));
  }
}
