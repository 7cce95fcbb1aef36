package run.kro.backend.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guard: every relative link and anchor in the repository's Markdown files resolves (no network). */
class MarkdownLinksTest {

  private static final Path REPOSITORY = Path.of("..");

  @Test
  void everyRelativeLinkInTheRepositoryResolves() {
    MarkdownLinkChecker checker = new MarkdownLinkChecker(REPOSITORY);
    assertThat(checker.markdownFiles()).as("Markdown files found under the repository root")
        .extracting(p -> REPOSITORY.toAbsolutePath().normalize().relativize(p).toString().replace('\\', '/'))
        .contains("README.md", "docs/controller.md", "ui/README.md", "operator/README.md")
        .noneMatch(p -> p.contains("/target/") || p.contains("node_modules/"));
    List<MarkdownLinkChecker.BrokenLink> broken = checker.check();
    assertThat(broken).as("broken links (FILE:LINE: link 'TARGET': reason) — fix the link or the heading").isEmpty();
  }

  @Test
  void slugsFollowGithubRules() {
    assertThat(GithubSlugs.slug(GithubSlugs.plainText("Run it"))).isEqualTo("run-it");
    assertThat(GithubSlugs.slug(GithubSlugs.plainText("The `kro` command-line tool"))).isEqualTo("the-kro-command-line-tool");
    assertThat(GithubSlugs.slug(GithubSlugs.plainText("Where KRO for Java differs (and why)?")))
        .isEqualTo("where-kro-for-java-differs-and-why");
    assertThat(GithubSlugs.slug(GithubSlugs.plainText("`kro.controller.*` settings & tuning")))
        .isEqualTo("krocontroller-settings--tuning");
    assertThat(GithubSlugs.slug(GithubSlugs.plainText("**Bold** and [a link](x.md) with snake_case")))
        .isEqualTo("bold-and-a-link-with-snake_case");
    GithubSlugs slugs = new GithubSlugs();
    assertThat(List.of(slugs.next("Status"), slugs.next("Status"), slugs.next("Status-1"), slugs.next("Status")))
        .containsExactly("status", "status-1", "status-1-1", "status-2");
  }

  @Test
  void headingsAndLinksInCodeAreIgnored() {
    MarkdownDocument doc = MarkdownDocument.parse("""
        # Title
        ```sh
        # not a heading [x](nowhere.md)
        ```
        See `[y](also-nowhere.md)` and [z](real.md#title "tip") and ![img](pic.png).
        [ref]: defined.md
        <a id="custom"></a>
        """);
    assertThat(doc.anchors()).containsExactlyInAnyOrder("title", "custom");
    assertThat(doc.links()).extracting(MarkdownDocument.Link::target)
        .containsExactly("real.md#title", "pic.png", "defined.md");
    assertThat(doc.links()).extracting(MarkdownDocument.Link::line).containsExactly(5, 5, 6);
  }

  @Test
  void brokenFilesAndAnchorsAreReportedWithTheirPlace(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(root.resolve("README.md"), """
        # Project
        [guide](docs/guide.md#first-steps) [missing](docs/nope.md) [bad anchor](docs/guide.md#no-such)
        [self](#project) [web](https://example.com/x.md) [folder](docs) [outside](../elsewhere.md)
        """);
    Files.writeString(root.resolve("docs/guide.md"), "# Guide\n## First steps\n[up](../README.md#project)\n");
    List<String> broken = new MarkdownLinkChecker(root).check().stream().map(Object::toString).toList();
    assertThat(broken).containsExactly(
        "README.md:2: link 'docs/nope.md': no such file or folder docs/nope.md",
        "README.md:2: link 'docs/guide.md#no-such': no heading with anchor '#no-such' in docs/guide.md",
        "README.md:3: link '../elsewhere.md': points outside the repository");
  }
}
