package run.kro.backend.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import run.kro.backend.api.CompileResult;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.diagnostics.Stage;

/**
 * What every compile of bad input must give: error values, none internal, each at a line and
 * column.
 */
final class CompileCheck {

  static final String INTERNAL = "internal error while compiling";
  private static final Pattern WHOLE_FILE =
      Pattern.compile("(the )?file is (empty|too large)\\b.*");

  private CompileCheck() {}

  /** Checks {@code result} of compiling text; returns whether it was valid. */
  static boolean check(CompileResult result) {
    assertThat(result).isNotNull();
    assertThat(result.isValid())
        .as("valid exactly when there are no errors: %s", result.errors())
        .isEqualTo(result.errors().isEmpty());
    for (CompileError error : result.errors()) {
      assertThat(error.message()).as("error %s", error).doesNotContain(INTERNAL).isNotBlank();
      assertThat(error.position().isPresent() || isAboutTheWholeFile(error))
          .as("error %s has a line and column", error)
          .isTrue();
    }
    return result.isValid();
  }

  /** The file name is the place of these: there is no line to point at. */
  private static boolean isAboutTheWholeFile(CompileError error) {
    return error.stage() == Stage.YAML && WHOLE_FILE.matcher(error.message()).matches();
  }
}
