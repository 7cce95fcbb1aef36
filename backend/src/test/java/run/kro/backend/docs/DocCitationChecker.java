package run.kro.backend.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what the code and its resources cite of the documentation, offline. In the comments of
 * Java and YAML files a citation is a path from the repository root, {@code
 * docs/design.md#the-reconcile-pass}: the file must exist and the anchor must be one of its
 * headings (GitHub's slugs, as {@link MarkdownLinkChecker} checks links). And no source, resource
 * or Markdown file may cite numbered sections ({@code \u00a74.3}) or numbered decisions of
 * documents that are not in the repository: nobody who clones it could follow them.
 */
final class DocCitationChecker {

  /**
   * A citation that does not resolve, or one of a document outside the repository, with the place
   * to fix it.
   */
  record Problem(Path file, int line, String citation, String reason) {
    @Override
    public String toString() {
      return file + ":" + line + ": '" + citation + "': " + reason;
    }
  }

  static final List<String> COMMENTED_SOURCES = List.of(".java", ".yaml", ".yml");
  static final List<String> SCANNED_FOR_FOREIGN_CITATIONS =
      List.of(".java", ".yaml", ".yml", ".xml", ".md", ".properties");

  private static final Pattern CITATION =
      Pattern.compile("(?<![\\w./-])docs/[\\w./-]+\\.md(?:#[\\w-]+)?");
  private static final Pattern FOREIGN_CITATION =
      Pattern.compile(
          "\u00a7\\s*(?:\\d+(?:\\.\\d+)*)?|\\bdecision\\s+\\d+\\b", Pattern.CASE_INSENSITIVE);

  private final Path root;
  private final MarkdownLinkChecker links;

  DocCitationChecker(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.links = new MarkdownLinkChecker(this.root);
  }

  /** A citation found in a comment: {@code docs/<file>.md}, with or without an anchor. */
  record Citation(Path file, int line, String text) {}

  /** Every citation in a comment of a Java or YAML file under the root, in file and line order. */
  List<Citation> citations() {
    List<Citation> citations = new ArrayList<>();
    for (Path file : links.files(COMMENTED_SOURCES)) {
      for (SourceComments.Comment comment :
          SourceComments.of(file.getFileName().toString(), read(file))) {
        Matcher citation = CITATION.matcher(comment.text());
        while (citation.find()) {
          citations.add(new Citation(root.relativize(file), comment.line(), citation.group()));
        }
      }
    }
    return citations;
  }

  /** The citations that name no existing file, or no heading of it. */
  List<Problem> unresolved() {
    List<Problem> problems = new ArrayList<>();
    for (Citation citation : citations()) {
      links
          .problemOfRootRelative(citation.text())
          .map(reason -> new Problem(citation.file(), citation.line(), citation.text(), reason))
          .ifPresent(problems::add);
    }
    return problems;
  }

  /**
   * Every citation of a section or decision of a document that is not in the repository, anywhere
   * in a file.
   */
  List<Problem> foreign() {
    List<Problem> problems = new ArrayList<>();
    for (Path file : links.files(SCANNED_FOR_FOREIGN_CITATIONS)) {
      String[] lines = read(file).split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher foreign = FOREIGN_CITATION.matcher(lines[i]);
        while (foreign.find()) {
          problems.add(
              new Problem(
                  root.relativize(file),
                  i + 1,
                  foreign.group().strip(),
                  "cites a document outside the repository; cite a heading of docs/ instead"));
        }
      }
    }
    return problems;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }
}
