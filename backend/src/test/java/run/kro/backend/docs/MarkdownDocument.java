package run.kro.backend.docs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Markdown file's links and anchors. Fenced code blocks and code spans are not Markdown, so
 * links and headings inside them are ignored. Links are inline ({@code [text](target)}, images
 * too), reference definitions ({@code [ref]: target}) and HTML {@code href}/{@code src} attributes;
 * anchors are the headings' GitHub slugs and HTML {@code id}/{@code name} attributes. A code span
 * that is a path going up ({@code `../x.md`}) is no link, but it names a file all the same: it is
 * kept apart as a path, so that it too can be checked.
 */
record MarkdownDocument(List<Link> links, Set<String> anchors, List<Link> codePaths) {

  /** A link target as written, with its 1-based line. */
  record Link(int line, String target) {}

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*");
  private static final Pattern HEADING =
      Pattern.compile("^ {0,3}#{1,6}(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+).+?\\1");
  private static final Pattern CODE_PATH = Pattern.compile("`(\\.\\./[^`\\s]+)`");
  private static final Pattern INLINE = Pattern.compile("]\\(\\s*(<[^>]*>|[^)\\s]+)");
  private static final Pattern DEFINITION =
      Pattern.compile("^ {0,3}\\[[^\\]]+]:\\s*(<[^>]*>|\\S+)");
  private static final Pattern HTML_LINK = Pattern.compile("\\b(?:href|src)\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern HTML_ANCHOR =
      Pattern.compile("<[a-zA-Z][^>]*\\b(?:id|name)\\s*=\\s*\"([^\"]+)\"");

  static MarkdownDocument parse(String markdown) {
    List<Link> links = new ArrayList<>();
    List<Link> codePaths = new ArrayList<>();
    Set<String> anchors = new LinkedHashSet<>();
    GithubSlugs slugs = new GithubSlugs();
    String fence = null;
    String[] lines = markdown.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher fenceMatch = FENCE.matcher(line);
      if (fence != null) {
        if (fenceMatch.matches()
            && fenceMatch.group(1).charAt(0) == fence.charAt(0)
            && fenceMatch.group(1).length() >= fence.length()
            && line.strip().equals(fenceMatch.group(1))) {
          fence = null;
        }
        continue;
      }
      if (fenceMatch.matches()) {
        fence = fenceMatch.group(1);
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        anchors.add(slugs.next(heading.group(1) == null ? "" : heading.group(1)));
      }
      collect(CODE_PATH, line, i + 1, codePaths);
      String text = CODE_SPAN.matcher(line).replaceAll("");
      collect(INLINE, text, i + 1, links);
      collect(DEFINITION, text, i + 1, links);
      collect(HTML_LINK, text, i + 1, links);
      Matcher html = HTML_ANCHOR.matcher(text);
      while (html.find()) {
        anchors.add(html.group(1));
      }
    }
    return new MarkdownDocument(List.copyOf(links), Set.copyOf(anchors), List.copyOf(codePaths));
  }

  private static void collect(Pattern pattern, String text, int line, List<Link> links) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String target = m.group(1);
      if (target.startsWith("<") && target.endsWith(">")) {
        target = target.substring(1, target.length() - 1);
      }
      links.add(new Link(line, target));
    }
  }
}
