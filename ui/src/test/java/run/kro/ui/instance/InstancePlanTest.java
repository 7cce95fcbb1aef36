package run.kro.ui.instance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.ui.instance.PlannedResource.Action;
import run.kro.ui.testing.FixtureNames;

class InstancePlanTest {

  private static final CompiledResourceGroup WIDGETS =
      InstanceFixtures.compiled("widgets.yaml", new FixtureNames("widgets", "Widget"));

  @Test
  void rendersWhatCanBeRenderedNowInApplyOrder() throws Exception {
    List<PlannedResource> plan =
        InstancePlan.of(WIDGETS, instance(false), o -> ChildCheck.ACCEPTED);

    assertThat(plan)
        .extracting(PlannedResource::id)
        .containsExactly("config", "app", "extra", "palette");
    assertThat(plan)
        .extracting(PlannedResource::action)
        .containsExactly(Action.APPLY, Action.PENDING, Action.SKIPPED, Action.APPLY);
    PlannedObject config = plan.get(0).objects().get(0);
    assertThat(config)
        .extracting(PlannedObject::kind, PlannedObject::name, PlannedObject::namespace)
        .containsExactly("ConfigMap", "shop-config", Optional.of("team-a"));
    assertThat(config.yaml())
        .contains("message: hi", "kro.run/instance-name: shop", "kro.run/node-id: config");
    assertThat(plan.get(1).message()).isEqualTo("depends on config, known after it exists");
    assertThat(plan.get(1).objects()).isEmpty();
    assertThat(plan.get(2).message()).contains("schema.spec.extra");
    assertThat(plan.get(3).objects())
        .extracting(PlannedObject::name)
        .containsExactly("shop-red", "shop-blue");
  }

  @Test
  void anIncludedOptionalResourceIsRendered() throws Exception {
    PlannedResource extra =
        InstancePlan.of(WIDGETS, instance(true), o -> ChildCheck.ACCEPTED).get(2);

    assertThat(extra.action()).isEqualTo(Action.APPLY);
    assertThat(extra.objects()).extracting(PlannedObject::name).containsExactly("shop-extra");
  }

  @Test
  void aRenderedSecretShowsItsKeysButNotThePassword() throws Exception {
    CompiledResourceGroup credentials =
        InstanceFixtures.compiled(
            "credentials.yaml", new FixtureNames("credentials", "Credentials"));
    JsonNode instance =
        new ObjectMapper()
            .readTree(
                """
        {"apiVersion": "kro.run/v1alpha1", "kind": "Credentials",
         "metadata": {"name": "shop", "namespace": "team-a", "uid": "0b1c"},
         "spec": {"password": "hunter2-correct-horse"}}
        """);

    PlannedResource secret =
        InstancePlan.of(credentials, instance, o -> ChildCheck.ACCEPTED).get(0);

    assertThat(secret.action()).as(secret.message()).isEqualTo(Action.APPLY);
    String yaml = secret.objects().get(0).yaml();
    assertThat(yaml)
        .contains(
            "kind: Secret", "password: \"<hidden: 21 bytes>\"", "apiKey: \"<hidden: 10 bytes>\"")
        .doesNotContain("hunter2", "c2VjcmV0LWtleQ");
  }

  private static JsonNode instance(boolean extra) throws Exception {
    return new ObjectMapper()
        .readTree(
            """
        {"apiVersion": "kro.run/v1alpha1", "kind": "Widget",
         "metadata": {"name": "shop", "namespace": "team-a", "uid": "0b1c"},
         "spec": {"replicas": 2, "message": "hi", "extra": %s, "colors": ["red", "blue"]}}
        """
                .formatted(extra));
  }
}
