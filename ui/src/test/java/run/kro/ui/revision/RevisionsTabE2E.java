package run.kro.ui.revision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.testenv.KubeTestEnv;
import run.kro.ui.instance.InstanceApi;
import run.kro.ui.rg.ResourceGroupObjects;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.ConsoleE2E;
import run.kro.ui.testing.FixtureNames;

/**
 * The Revisions tab in a real browser, the test playing the controller (its GraphRevisions and
 * status written by hand): a halted canary read as sentences, the diff coloured, the tab following
 * the status live, Roll back confirmed and written as the user, a pin from an instance's row, and a
 * developer who sees why the actions are disabled.
 */
class RevisionsTabE2E extends ConsoleE2E {

  private static RevisionCluster cluster;

  private FixtureNames names;
  private InstanceApi api;
  private String namespace;

  @BeforeEach
  void aHaltedCanary() {
    if (cluster == null) {
      cluster = new RevisionCluster(admin());
    }
    names = FixtureNames.fresh("tab");
    api = cluster.install(names);
    namespace = KubeTestEnv.get().newNamespace("tab");
    cluster.issue(names.name(), 1, Map.of("message", "hello"));
    cluster.issue(names.name(), 2, Map.of("message", "hello there", "replicas", 2));
    cluster.writeStatus(
        names.name(),
        Map.of(
            "lastIssuedRevision",
            2,
            "targetRevision",
            2,
            "rollout",
            RevisionCluster.haltedAtCanary(
                2, 1, 3, "instance " + namespace + "/shop-1 is ERROR: quota exceeded")));
    cluster.instance(
        api, namespace, "shop-1", 2, "ERROR", Map.of(KroMetadata.ADMITTED_REVISION, "2"));
    cluster.instance(api, namespace, "shop-2", 1, "ACTIVE", Map.of());
    cluster.instance(api, namespace, "shop-3", 1, "ACTIVE", Map.of());
    admin()
        .genericKubernetesResources(ResourceGroupObjects.context(ResourceGroupKind.RESOURCE_GROUP))
        .withName(names.name())
        .edit(
            rg -> {
              rg.getMetadata().getAnnotations().put(KroMetadata.ROLLOUT, "staged");
              return rg;
            });
  }

  @Test
  void aPlatformEngineerReadsTheHaltedCanaryComparesAndRollsBack() {
    RevisionsTabPage tab = new RevisionsTabPage(newPage(), baseUrl(), names.name());

    assertThat(tab.headline()).hasText("Staged rollout of revision 2 halted at the canary.");
    assertThat(tab.details()).containsText("Why: instance " + namespace + "/shop-1 is ERROR");
    assertThat(tab.history()).containsText("latest");
    assertThat(tab.history()).containsText("target");
    assertThat(tab.diff()).containsText("+++ revision 2");
    assertThat(tab.diff().locator(".kro-diff-add").first()).containsText("+message: hello there");
    assertThat(tab.diff().locator(".kro-diff-remove").first()).containsText("-message: hello");
    assertThat(tab.instances()).containsText("behind the target (revision 2)");
    assertThat(tab.button("promote-step")).hasText("Promote the canary again");
    tab.screenshot("revisions-halted-played", false);

    // The controller moves on: the tab follows without a reload.
    cluster.writeStatus(
        names.name(),
        Map.of(
            "rollout",
            Map.of(
                "mode",
                "staged",
                "revision",
                2,
                "phase",
                "Progressing",
                "step",
                0,
                "steps",
                3,
                "admitted",
                1,
                "total",
                3)));
    assertThat(tab.headline()).hasText("Staged rollout of revision 2: the canary is under way.");

    tab.rollBackButton(1).click();
    assertThat(tab.rollBackDialog()).containsText("Roll " + names.name() + " back to revision 1?");
    assertThat(tab.rollBackDialog()).containsText("1 instance runs a later revision");
    tab.screenshot("revisions-rollback-confirm-played", false);
    tab.confirmRollBack();
    assertThat(tab.notice()).containsText("Rolling back");
    Awaitility.await()
        .untilAsserted(
            () ->
                assertThat(cluster.resourceGroupAnnotations(names.name()))
                    .containsEntry(KroMetadata.TARGET_REVISION, "1"));
    assertThat(tab.details()).containsText("Rolled back: the target is revision 1.");
    assertThat(tab.button("follow-latest")).isVisible();

    tab.rowButton("Pin " + namespace + "/shop-2 to revision 1").click();
    Awaitility.await()
        .untilAsserted(
            () ->
                assertThat(cluster.annotations(api, namespace, "shop-2"))
                    .containsEntry(KroMetadata.GRAPH_REVISION, "1"));
    assertThat(tab.instances()).containsText("pinned to revision 1");
    assertThat(tab.rowButton("Unpin " + namespace + "/shop-2")).isVisible();
    tab.screenshot("revisions-rolled-back-played", false);
  }

  @Test
  void theInstancePageSaysItIsBehindTheTargetAndPinsIt() {
    Page page = newPage();
    page.navigate(baseUrl() + "/apis/" + names.name() + "/" + namespace + "/shop-2");

    assertThat(page.locator("#instance-revision"))
        .containsText("revision 1 · behind the target (revision 2)");
    page.locator("#pin-instance").click();
    Awaitility.await()
        .untilAsserted(
            () ->
                assertThat(cluster.annotations(api, namespace, "shop-2"))
                    .containsEntry(KroMetadata.GRAPH_REVISION, "1"));
    assertThat(page.locator("#instance-revision")).containsText("revision 1 · pinned");
    // containsText: the button's tooltip is text inside it too.
    assertThat(page.locator("#pin-instance")).containsText("Unpin");
    Browser.screenshot(page, "instance-pinned-played");
  }

  @Test
  void aDeveloperSeesTheRolloutButMayNotSteerIt() {
    Page page = newPage("alice");
    RevisionsTabPage tab = new RevisionsTabPage(page, baseUrl(), names.name());

    assertThat(tab.headline()).hasText("Staged rollout of revision 2 halted at the canary.");
    assertThat(tab.button("promote-step")).isDisabled();
    assertThat(tab.button("pause-rollout")).isDisabled();
    assertThat(page.locator("#revision-problems")).containsText("You may not read graph revisions");
    assertThat(tab.rollBackButton(1)).hasCount(0);
  }
}
