package run.kro.ui.revision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.KroMetadata;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.ui.rg.ResourceGroupEditorPage;
import run.kro.ui.rg.ResourceGroupObjects;
import run.kro.ui.testing.ConsoleE2E;
import run.kro.ui.testing.ControllerProcess;
import run.kro.ui.testing.RealController;
import run.kro.ui.testing.TestCrds;

/**
 * The story with the real controller, in Chromium: a platform engineer stages the rollout
 * of a ResourceGroup with 10 instances (a canary of 2), edits it in the editor, sees the canary
 * halt on the one instance the new revision breaks while the other 8 stay on the old revision, and
 * rolls back; every instance returns to revision 1 and what only revision 2 declared is pruned. Its
 * screenshots are the ones docs/console.md shows.
 */
@RealController
class RolloutE2E extends ConsoleE2E {

  private static final String RG = "storefront";
  private static final String NAMESPACE = "team-a";
  private static final int INSTANCES = 10;
  private static final Duration CONVERGE = Duration.ofSeconds(90);
  private static final ResourceDefinitionContext STOREFRONTS =
      new ResourceDefinitionContext.Builder()
          .withGroup("kro.run")
          .withVersion("v1alpha1")
          .withKind("Storefront")
          .withPlural("storefronts")
          .withNamespaced(true)
          .build();

  @Test
  void aCanaryHaltsOnTheInstanceTheEditBreaksAndTheEngineerRollsBack() {
    ControllerProcess.get();
    tenStorefrontsOnRevisionOne();

    Page page = newPage();
    RevisionsTabPage tab = new RevisionsTabPage(page, baseUrl(), RG);
    assertThat(tab.headline()).containsText("revision 1");
    assertThat(tab.counts()).hasText("Revision 1: 10 instances, all ACTIVE.");

    tab.startStaged("2", "50%", "30s");
    assertThat(tab.notice()).containsText("Staged rollout of storefront started: canary 2");
    assertThat(
            admin()
                .genericKubernetesResources(resourceGroups())
                .withName(RG)
                .get()
                .getMetadata()
                .getAnnotations())
        .containsEntry(KroMetadata.ROLLOUT, "staged")
        .containsEntry(KroMetadata.ROLLOUT_CANARY, "2");

    ResourceGroupEditorPage editor = new ResourceGroupEditorPage(page).awaitReady();
    editor.replaceText(fixture("storefront-banner.yaml"));
    assertThat(editor.verdict()).containsText("Valid: Storefront");
    editor.reviewAndSave();
    editor.confirmSave();

    // The canary: shop-01 and shop-02 (namespace/name order) move to revision 2; shop-01's slug is
    // no valid name for its banner, so it goes ERROR and the rollout halts there.
    assertThat(tab.headline())
        .containsText(
            "halted at the canary",
            new LocatorAssertions.ContainsTextOptions().setTimeout(CONVERGE.toMillis()));
    assertThat(tab.details()).containsText("shop-01");
    assertThat(tab.history()).containsText("target");
    assertThat(tab.diff()).containsText("+  - id: banner");
    // Only the canary was admitted; the other 8 still run revision 1.
    assertThat(admitted()).containsOnlyKeys("shop-01", "shop-02").containsValue("2");
    Map<String, Long> running = new HashMap<>(revisions());
    running.keySet().removeAll(List.of("shop-01", "shop-02"));
    assertThat(running.values()).containsOnly(1L).hasSize(INSTANCES - 2);
    Awaitility.await()
        .atMost(CONVERGE)
        .untilAsserted(
            () ->
                assertThat(
                        admin()
                            .configMaps()
                            .inNamespace(NAMESPACE)
                            .withName("shop-02-banner")
                            .get())
                    .isNotNull());
    tab.screenshot("revisions-canary-halted", true);

    tab.rollBackButton(1).click();
    assertThat(tab.rollBackDialog()).containsText("run a later revision and moves back");
    tab.screenshot("revisions-rollback-confirm", true);
    tab.confirmRollBack();

    Awaitility.await()
        .atMost(CONVERGE)
        .untilAsserted(
            () -> {
              assertThat(revisions().values()).containsOnly(1L).hasSize(INSTANCES);
              assertThat(states()).containsOnly("ACTIVE");
              assertThat(
                      admin().configMaps().inNamespace(NAMESPACE).withName("shop-02-banner").get())
                  .as("only revision 2 declares the banner")
                  .isNull();
            });
    assertThat(tab.counts())
        .hasText(
            "Revision 1: 10 instances, all ACTIVE.",
            new LocatorAssertions.HasTextOptions().setTimeout(CONVERGE.toMillis()));
    assertThat(tab.details()).containsText("Rolled back: the target is revision 1.");
    tab.screenshot("revisions-rolled-back", true);
  }

  private void tenStorefrontsOnRevisionOne() {
    admin()
        .resource(admin().load(stream(fixture("storefront.yaml"))).items().get(0))
        .serverSideApply();
    TestCrds.awaitEstablished(admin(), "storefronts.kro.run");
    IntStream.rangeClosed(1, INSTANCES)
        .forEach(
            i -> {
              String name = String.format("shop-%02d", i);
              // shop-01's slug is fine as data and no valid object name: revision 2 breaks it.
              String slug = i == 1 ? "Shop_01" : name;
              admin()
                  .genericKubernetesResources(STOREFRONTS)
                  .inNamespace(NAMESPACE)
                  .resource(
                      new GenericKubernetesResourceBuilder()
                          .withApiVersion("kro.run/v1alpha1")
                          .withKind("Storefront")
                          .withNewMetadata()
                          .withName(name)
                          .withNamespace(NAMESPACE)
                          .endMetadata()
                          .withAdditionalProperties(
                              Map.of("spec", Map.of("title", "Shop " + i, "slug", slug)))
                          .build())
                  .create();
            });
    Awaitility.await()
        .atMost(CONVERGE)
        .untilAsserted(
            () -> {
              assertThat(revisions().values()).containsOnly(1L).hasSize(INSTANCES);
              assertThat(states()).containsOnly("ACTIVE");
            });
  }

  /** Each instance's {@code status.graphRevision}, 0 before the controller wrote one. */
  private Map<String, Long> revisions() {
    return storefronts().stream()
        .collect(
            Collectors.toMap(
                s -> s.getMetadata().getName(),
                s -> s.get("status", "graphRevision") instanceof Number n ? n.longValue() : 0L));
  }

  /** The instances' {@code kro.run/admitted-revision}, for those that have one. */
  private Map<String, String> admitted() {
    return storefronts().stream()
        .filter(s -> s.getMetadata().getAnnotations() != null)
        .filter(s -> s.getMetadata().getAnnotations().containsKey(KroMetadata.ADMITTED_REVISION))
        .collect(
            Collectors.toMap(
                s -> s.getMetadata().getName(),
                s -> s.getMetadata().getAnnotations().get(KroMetadata.ADMITTED_REVISION)));
  }

  private List<Object> states() {
    return storefronts().stream().map(s -> (Object) s.get("status", "state")).toList();
  }

  private List<GenericKubernetesResource> storefronts() {
    return admin().genericKubernetesResources(STOREFRONTS).inNamespace(NAMESPACE).list().getItems();
  }

  private static ResourceDefinitionContext resourceGroups() {
    return ResourceGroupObjects.context(ResourceGroupKind.RESOURCE_GROUP);
  }

  private static String fixture(String file) {
    try (InputStream in = RolloutE2E.class.getResourceAsStream("/revision/e2e/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
