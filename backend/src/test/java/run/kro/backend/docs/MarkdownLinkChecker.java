package run.kro.backend.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the relative links of the Markdown files under a repository root, offline: the file or
 * folder a link names must exist, and an {@code #anchor} into a Markdown file must be one of its
 * headings (GitHub's slugs). Links with a scheme ({@code https:}, {@code mailto:}) are not checked.
 * A link starting with {@code /} is relative to the root, as on GitHub. Paths going up in code
 * spans ({@code `../x.md`}) are checked as links are, shown with their backticks.
 */
final class MarkdownLinkChecker {

  /** A broken link, with the place to fix it: file relative to the root, and line. */
  record BrokenLink(Path file, int line, String target, String reason) {
    @Override
    public String toString() {
      return file + ":" + line + ": link '" + target + "': " + reason;
    }
  }

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*|^//.*");
  private static final List<String> SKIPPED_FOLDERS = List.of("target", "node_modules", ".git");

  private final Path root;
  private final Map<Path, MarkdownDocument> parsed = new HashMap<>();

  MarkdownLinkChecker(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * Every {@code *.md} under the root, outside build output, dependencies and Git's own folder;
   * sorted.
   */
  List<Path> markdownFiles() {
    return files(List.of(".md"));
  }

  /**
   * Every file under the root whose name ends with one of {@code suffixes}, outside the skipped
   * folders; sorted.
   */
  List<Path> files(List<String> suffixes) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(
              p ->
                  Files.isRegularFile(p)
                      && suffixes.stream().anyMatch(p.getFileName().toString()::endsWith))
          .filter(
              p ->
                  root.relativize(p).toString().isEmpty()
                      || SKIPPED_FOLDERS.stream()
                          .noneMatch(skip -> startsWithFolder(root.relativize(p), skip)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean startsWithFolder(Path relative, String folder) {
    for (Path part : relative) {
      if (part.toString().equals(folder)) {
        return true;
      }
    }
    return false;
  }

  /** The broken links of every Markdown file under the root. */
  List<BrokenLink> check() {
    List<BrokenLink> broken = new ArrayList<>();
    for (Path file : markdownFiles()) {
      broken.addAll(check(file));
    }
    return broken;
  }

  /** The broken links of one Markdown file. */
  List<BrokenLink> check(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    List<BrokenLink> broken = new ArrayList<>();
    for (MarkdownDocument.Link link : document(absolute).links()) {
      problem(absolute, link.target())
          .map(
              reason ->
                  new BrokenLink(root.relativize(absolute), link.line(), link.target(), reason))
          .ifPresent(broken::add);
    }
    for (MarkdownDocument.Link path : document(absolute).codePaths()) {
      problem(absolute, path.target())
          .map(
              reason ->
                  new BrokenLink(
                      root.relativize(absolute), path.line(), "`" + path.target() + "`", reason))
          .ifPresent(broken::add);
    }
    return broken;
  }

  /**
   * What is wrong with a reference to the documentation written relative to the root, such as
   * {@code docs/design.md#the-reconcile-pass}; empty when it resolves.
   */
  Optional<String> problemOfRootRelative(String reference) {
    return problem(root, "/" + reference);
  }

  private Optional<String> problem(Path file, String target) {
    if (target.isEmpty()) {
      return Optional.of("empty link");
    }
    if (SCHEME.matcher(target).matches()) {
      return Optional.empty();
    }
    int hash = target.indexOf('#');
    String pathPart = hash < 0 ? target : target.substring(0, hash);
    int query = pathPart.indexOf('?');
    if (query >= 0) {
      pathPart = pathPart.substring(0, query);
    }
    String decoded = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
    Path linked =
        decoded.isEmpty()
            ? file
            : (decoded.startsWith("/")
                    ? root.resolve(decoded.substring(1))
                    : file.getParent().resolve(decoded))
                .normalize();
    if (!linked.startsWith(root)) {
      return Optional.of("points outside the repository");
    }
    if (!Files.exists(linked)) {
      return Optional.of("no such file or folder " + root.relativize(linked));
    }
    if (hash < 0 || !linked.toString().endsWith(".md") || Files.isDirectory(linked)) {
      return Optional.empty();
    }
    String anchor =
        URLDecoder.decode(target.substring(hash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
    if (document(linked).anchors().contains(anchor)) {
      return Optional.empty();
    }
    return Optional.of("no heading with anchor '#" + anchor + "' in " + root.relativize(linked));
  }

  private MarkdownDocument document(Path file) {
    return parsed.computeIfAbsent(
        file,
        f -> {
          try {
            return MarkdownDocument.parse(Files.readString(f));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
