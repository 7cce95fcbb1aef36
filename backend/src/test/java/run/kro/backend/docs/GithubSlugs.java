package run.kro.backend.docs;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heading anchors as GitHub makes them (its github-slugger rules): the heading's text without
 * Markdown markup, lower case, every character that is not a letter, mark, digit, underscore, space
 * or hyphen removed, spaces turned into hyphens; a repeated slug gets {@code -1}, {@code -2}, ...
 * in document order. One instance per document.
 */
final class GithubSlugs {

  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern EMPHASIS_UNDERSCORE =
      Pattern.compile("(?<![\\p{L}\\p{N}])_{1,2}(.+?)_{1,2}(?![\\p{L}\\p{N}])");
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
  private static final Pattern REMOVED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

  private final Map<String, Integer> seen = new HashMap<>();

  /**
   * The anchor of the next heading with this (Markdown) text, counting the headings seen before.
   */
  String next(String headingMarkdown) {
    String base = slug(plainText(headingMarkdown));
    String slug = base;
    while (seen.containsKey(slug)) {
      int count = seen.merge(base, 1, Integer::sum);
      slug = base + "-" + count;
    }
    seen.put(slug, 0);
    return slug;
  }

  static String slug(String plainText) {
    return REMOVED.matcher(plainText.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
  }

  /**
   * The text GitHub renders for a heading: code spans keep their content, other markup is dropped.
   */
  static String plainText(String markdown) {
    StringBuilder out = new StringBuilder();
    Matcher code = CODE_SPAN.matcher(markdown);
    int last = 0;
    while (code.find()) {
      out.append(stripMarkup(markdown.substring(last, code.start()))).append(code.group(2).strip());
      last = code.end();
    }
    return out.append(stripMarkup(markdown.substring(last))).toString().strip();
  }

  private static String stripMarkup(String text) {
    String withoutLinks = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    String withoutTags = HTML_TAG.matcher(withoutLinks).replaceAll("");
    return EMPHASIS_UNDERSCORE
        .matcher(withoutTags.replace("*", ""))
        .replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
  }
}
