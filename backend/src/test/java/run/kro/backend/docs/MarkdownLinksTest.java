package run.kro.backend.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guard: every relative link and anchor in the repository's Markdown files resolves, and so does
 * every citation of the documentation in the comments of code and test resources; nothing cites
 * documents outside the repository (no network).
 */
class MarkdownLinksTest {

  private static final Path REPOSITORY = Path.of("..");

  @Test
  void everyRelativeLinkInTheRepositoryResolves() {
    MarkdownLinkChecker checker = new MarkdownLinkChecker(REPOSITORY);
    assertThat(checker.markdownFiles())
        .as("Markdown files found under the repository root")
        .extracting(
            p ->
                REPOSITORY.toAbsolutePath().normalize().relativize(p).toString().replace('\\', '/'))
        .contains("README.md", "docs/controller.md", "ui/README.md", "operator/README.md")
        .noneMatch(p -> p.contains("/target/") || p.contains("node_modules/"));
    List<MarkdownLinkChecker.BrokenLink> broken = checker.check();
    assertThat(broken)
        .as("broken links (FILE:LINE: link 'TARGET': reason) — fix the link or the heading")
        .isEmpty();
  }

  @Test
  void slugsFollowGithubRules() {
    assertThat(GithubSlugs.slug(GithubSlugs.plainText("Run it"))).isEqualTo("run-it");
    assertThat(GithubSlugs.slug(GithubSlugs.plainText("The `kro` command-line tool")))
        .isEqualTo("the-kro-command-line-tool");
    assertThat(GithubSlugs.slug(GithubSlugs.plainText("Where KRO for Java differs (and why)?")))
        .isEqualTo("where-kro-for-java-differs-and-why");
    assertThat(GithubSlugs.slug(GithubSlugs.plainText("`kro.controller.*` settings & tuning")))
        .isEqualTo("krocontroller-settings--tuning");
    assertThat(
            GithubSlugs.slug(GithubSlugs.plainText("**Bold** and [a link](x.md) with snake_case")))
        .isEqualTo("bold-and-a-link-with-snake_case");
    GithubSlugs slugs = new GithubSlugs();
    assertThat(
            List.of(
                slugs.next("Status"),
                slugs.next("Status"),
                slugs.next("Status-1"),
                slugs.next("Status")))
        .containsExactly("status", "status-1", "status-1-1", "status-2");
  }

  @Test
  void headingsAndLinksInCodeAreIgnored() {
    MarkdownDocument doc =
        MarkdownDocument.parse(
            """
        # Title
        ```sh
        # not a heading [x](nowhere.md)
        ```
        See `[y](also-nowhere.md)` and [z](real.md#title "tip") and ![img](pic.png).
        [ref]: defined.md
        <a id="custom"></a>
        """);
    assertThat(doc.anchors()).containsExactlyInAnyOrder("title", "custom");
    assertThat(doc.links())
        .extracting(MarkdownDocument.Link::target)
        .containsExactly("real.md#title", "pic.png", "defined.md");
    assertThat(doc.links()).extracting(MarkdownDocument.Link::line).containsExactly(5, 5, 6);
  }

  @Test
  void brokenFilesAndAnchorsAreReportedWithTheirPlace(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(
        root.resolve("README.md"),
        """
        # Project
        [guide](docs/guide.md#first-steps) [missing](docs/nope.md) [bad anchor](docs/guide.md#no-such)
        [self](#project) [web](https://example.com/x.md) [folder](docs) [outside](../elsewhere.md)
        """);
    Files.writeString(
        root.resolve("docs/guide.md"), "# Guide\n## First steps\n[up](../README.md#project)\n");
    List<String> broken =
        new MarkdownLinkChecker(root).check().stream().map(Object::toString).toList();
    assertThat(broken)
        .containsExactly(
            "README.md:2: link 'docs/nope.md': no such file or folder docs/nope.md",
            "README.md:2: link 'docs/guide.md#no-such': no heading with anchor '#no-such' in docs/guide.md",
            "README.md:3: link '../elsewhere.md': points outside the repository");
  }

  @Test
  void everyCitationOfTheDocumentationInCodeResolves() {
    DocCitationChecker checker = new DocCitationChecker(REPOSITORY);
    assertThat(checker.citations())
        .as("citations found in comments of Java and YAML files")
        .extracting(c -> c.file().toString().replace('\\', '/'))
        .contains(
            "operator/src/main/java/run/kro/operator/instance/GraphWalk.java",
            "backend/src/test/resources/render/collections.yaml")
        .noneMatch(p -> p.contains("/target/"));
    assertThat(checker.unresolved())
        .as(
            "citations that do not resolve (FILE:LINE: 'CITATION': reason) — fix the citation or the heading")
        .isEmpty();
  }

  @Test
  void nothingCitesDocumentsOutsideTheRepository() {
    assertThat(new DocCitationChecker(REPOSITORY).foreign())
        .as("citations of sections or decisions of documents that are not in the repository")
        .isEmpty();
  }

  @Test
  void brokenAndForeignCitationsAreReportedWithTheirPlace(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("docs"));
    Files.createDirectories(root.resolve("src"));
    Files.writeString(root.resolve("docs/design.md"), "# Design\n## The reconcile pass\n");
    String section = "\u00a7" + "4.3";
    String decision = "decision " + 2;
    Files.writeString(
        root.resolve("src/Walk.java"),
        """
        /**
         * One pass (docs/design.md#the-reconcile-pass), see docs/design.md#no-such-heading and docs/nowhere.md.
         */
        class Walk {
          String data = "docs/design.md#in-a-string"; // a comment: docs/design.md#in-a-line-comment
          String block = \"""
              docs/design.md#in-a-text-block
              \""";
          /* (%s) and our %s */
        }
        """
            .formatted(section, decision));
    Files.writeString(
        root.resolve("src/case.yaml"),
        """
        # Readiness (docs/design.md#readiness-in-yaml)
        note: "docs/design.md#a-value # not a comment"
        other: docs/design.md#another-value
        """);
    Files.writeString(
        root.resolve("README.md"),
        "# Project\nStyle: `../shared/style.md`; the %s.\n".formatted(section));
    DocCitationChecker checker = new DocCitationChecker(root);
    assertThat(checker.unresolved())
        .map(Object::toString)
        .containsExactly(
            "src/Walk.java:2: 'docs/design.md#no-such-heading': no heading with anchor '#no-such-heading' in docs/design.md",
            "src/Walk.java:2: 'docs/nowhere.md': no such file or folder docs/nowhere.md",
            "src/Walk.java:5: 'docs/design.md#in-a-line-comment': no heading with anchor '#in-a-line-comment' in "
                + "docs/design.md",
            "src/case.yaml:1: 'docs/design.md#readiness-in-yaml': no heading with anchor '#readiness-in-yaml' in "
                + "docs/design.md");
    String outside = "cites a document outside the repository; cite a heading of docs/ instead";
    assertThat(checker.foreign())
        .map(Object::toString)
        .containsExactly(
            "README.md:2: '" + section + "': " + outside,
            "src/Walk.java:9: '" + section + "': " + outside,
            "src/Walk.java:9: '" + decision + "': " + outside);
    assertThat(new MarkdownLinkChecker(root).check())
        .map(Object::toString)
        .containsExactly("README.md:2: link '`../shared/style.md`': points outside the repository");
  }
}
