package run.kro.ui.instance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.kro.ui.testing.Browser;
import run.kro.ui.testing.ConsoleE2E;
import run.kro.ui.testing.ControllerProcess;
import run.kro.ui.testing.FixtureNames;
import run.kro.ui.testing.RealController;
import run.kro.ui.testing.ShopApi;

/**
 * "My instances" in a real browser: every instance a user can see across APIs and namespaces, read
 * with their own rights (a team-A developer does not see team B's), filtered, searched, and
 * following the cluster without a reload.
 */
@RealController
class MyInstancesE2E extends ConsoleE2E {

  private FixtureNames shop;
  private FixtureNames other;
  private ResourceDefinitionContext shops;

  @BeforeEach
  void publishTwoApis() {
    ControllerProcess.get();
    ShopApi shopApi = ShopApi.create(admin(), "mine").awaitServed(admin());
    shop = shopApi.names();
    shops = shopApi.instances();
    ShopApi otherApi = ShopApi.create(admin(), "theirs").awaitServed(admin());
    other = otherApi.names();
    create(shops, shop, "team-a", "alpha");
    create(shops, shop, "team-b", "beta");
    create(otherApi.instances(), other, "team-a", "gamma");
  }

  @Test
  void listsEveryInstanceTheUserCanSeeAndFollowsTheCluster() {
    Page page = newPage("alice");
    MyInstancesPage mine = new MyInstancesPage(page, baseUrl());
    assertThat(mine.row("alpha").first()).isVisible();
    assertThat(mine.row("gamma").first()).isVisible();
    assertThat(mine.grid()).containsText(shop.kind());
    assertThat(mine.grid()).containsText(other.kind());
    assertThat(mine.row("beta")).hasCount(0);
    Browser.screenshot(page, "my-instances");

    mine.filterApi(other.kind());
    assertThat(mine.row("alpha")).hasCount(0);
    assertThat(mine.row("gamma").first()).isVisible();
    mine.filterApi("All").search("alp");
    assertThat(mine.row("alpha").first()).isVisible();
    assertThat(mine.row("gamma")).hasCount(0);
    mine.search("");

    create(shops, shop, "team-a", "delta");
    assertThat(mine.row("delta").first()).isVisible();
    mine.open("alpha");
    assertThat(page.locator("#instance-heading")).containsText("team-a/alpha");
  }

  private void create(
      ResourceDefinitionContext api, FixtureNames names, String namespace, String name) {
    admin()
        .genericKubernetesResources(api)
        .inNamespace(namespace)
        .resource(
            new GenericKubernetesResourceBuilder()
                .withApiVersion("kro.run/v1alpha1")
                .withKind(names.kind())
                .withNewMetadata()
                .withName(name)
                .withNamespace(namespace)
                .endMetadata()
                .withAdditionalProperties(Map.of("spec", Map.of("title", "A shop")))
                .build())
        .create();
  }
}
