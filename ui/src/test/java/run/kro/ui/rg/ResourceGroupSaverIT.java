package run.kro.ui.rg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.testenv.KubeTest;
import run.kro.ui.audit.AuditActors;
import run.kro.ui.audit.AuditLogCapture;
import run.kro.ui.audit.AuditTrail;
import run.kro.ui.testing.FixtureNames;

/**
 * Previewing and saving ResourceGroups against a real API server: dry run, diff, breaking changes,
 * refusals.
 */
@KubeTest
class ResourceGroupSaverIT {

  private static final ResourceGroupKind RG = ResourceGroupKind.RESOURCE_GROUP;

  private static KubernetesClient client;
  private static ResourceGroupFixtures fixtures;
  private static ValidationService validation;
  private static ResourceGroupSaver saver;

  private FixtureNames names;

  @BeforeAll
  static void connect(KubernetesClient admin) {
    client = admin;
    fixtures = new ResourceGroupFixtures(admin);
    fixtures.installKroCrds();
    validation = new ValidationService(admin);
    saver =
        new ResourceGroupSaver(
            () -> admin, validation, new AuditTrail(() -> admin, AuditActors.ADMIN));
  }

  @BeforeEach
  void freshNames() {
    names = ResourceGroupFixtures.freshNames("profile");
  }

  @Test
  void previewOfANewResourceGroupCreatesItAndTheDiffIsAllAdditions() {
    SavePreview preview = saver.preview(yaml("profile.yaml"));

    assertThat(preview.acceptedByServer()).as(preview.serverError().orElse("")).isTrue();
    assertThat(preview.mode()).contains(SaveMode.CREATE);
    assertThat(preview.diff()).startsWith("--- stored\n+++ after save\n@@ -0,0 +1,");
    List<String> changes = changedLines(preview.diff());
    assertThat(changes)
        .contains("+  name: " + names.name(), "+      replicas: integer | default=1");
    assertThat(changes).allMatch(line -> line.startsWith("+"));
    assertThat(fixtures.stored(RG, names.name())).as("a dry run stores nothing").isEmpty();
  }

  @Test
  void previewOfAChangeShowsTheChangedLineAndStoresNothing() {
    String before = saved("profile.yaml").getMetadata().getResourceVersion();

    SavePreview preview = saver.preview(yaml("profile-changed.yaml"));

    assertThat(preview.mode()).contains(SaveMode.UPDATE);
    assertThat(changedLines(preview.diff()))
        .containsExactly(
            "-      replicas: integer | default=1", "+      replicas: integer | default=2");
    assertThat(preview.breakingChanges()).isEmpty();
    assertThat(fixtures.stored(RG, names.name()).orElseThrow().getMetadata().getResourceVersion())
        .isEqualTo(before);
  }

  @Test
  void previewOfTheStoredTextChangesNothing() {
    saved("profile.yaml");

    SavePreview preview = saver.preview(yaml("profile.yaml"));

    assertThat(preview.mode()).contains(SaveMode.UPDATE);
    assertThat(preview.hasChanges()).as(preview.diff()).isFalse();
  }

  @Test
  void savePersistsTheResourceGroup() {
    SaveResult created = saver.save(yaml("profile.yaml"));
    SaveResult updated = saver.save(yaml("profile-changed.yaml"));

    assertThat(created.saved()).as(created.describe()).isTrue();
    assertThat(created.stored().orElseThrow().mode()).isEqualTo(SaveMode.CREATE);
    assertThat(updated.stored().orElseThrow().mode()).isEqualTo(SaveMode.UPDATE);
    GenericKubernetesResource stored = fixtures.stored(RG, names.name()).orElseThrow();
    assertThat(updated.stored().orElseThrow().resourceVersion())
        .isEqualTo(stored.getMetadata().getResourceVersion());
    assertThat((String) stored.get("spec", "schema", "spec", "replicas"))
        .isEqualTo("integer | default=2");
    assertThat(stored.getMetadata().getManagedFields())
        .anyMatch(f -> f.getManager().equals(ResourceGroupObjects.FIELD_MANAGER));
    assertThat(updated.describe())
        .isEqualTo(
            "ResourceGroup "
                + names.name()
                + " saved. The controller now moves its API and instances to it.");
  }

  @Test
  void aSaveIsAuditedAsAnApplyWithAnEventOnTheResourceGroupAndAPreviewIsNot() throws Exception {
    try (AuditLogCapture log = new AuditLogCapture()) {
      saver.preview(yaml("profile.yaml"));
      assertThat(log.lines()).as("a dry run writes nothing").isEmpty();

      saver.save(yaml("profile.yaml"));

      assertThat(log.lines()).hasSize(1);
      var line = new ObjectMapper().readTree(log.lines().get(0));
      assertThat(line.path("verb").asText()).isEqualTo("apply");
      assertThat(line.path("kind").asText()).isEqualTo("ResourceGroup");
      assertThat(line.path("name").asText()).isEqualTo(names.name());
      assertThat(line.get("namespace").isNull()).as("cluster-scoped").isTrue();
      assertThat(line.path("result").asText()).isEqualTo("succeeded");
    }
    assertThat(client.v1().events().inNamespace("default").list().getItems())
        .filteredOn(e -> names.name().equals(e.getInvolvedObject().getName()))
        .extracting(e -> e.getMessage())
        .containsExactly(
            "test-admin (system:masters) applied ResourceGroup "
                + names.name()
                + " via the console");
  }

  @Test
  void breakingChangesAgainstTheGeneratedCrdAreListed() {
    saved("profile.yaml");
    // What the controller would have generated from the stored version.
    fixtures.establish(
        validation.compile(yaml("profile.yaml")).compiled().orElseThrow().instanceCrd());

    SavePreview compatible = saver.preview(yaml("profile-changed.yaml"));
    SavePreview breaking = saver.preview(yaml("profile-breaking.yaml"));

    assertThat(compatible.breakingChanges()).isEmpty();
    assertThat(breaking.acceptedByServer()).isTrue();
    assertThat(breaking.breakingChanges())
        .extracting(BreakingChange::describe)
        .containsExactlyInAnyOrder(
            "v1alpha1 spec.displayName: property removed",
            "v1alpha1 spec.replicas: type changed from integer to string");
  }

  @Test
  void aDryRunTheServerRefusesGivesTheServersMessage() {
    String badName =
        yaml("profile.yaml").replace("name: " + names.name(), "name: Not_A_Valid_Name");

    SavePreview preview = saver.preview(badName);
    SaveResult result = saver.save(badName);

    assertThat(preview.valid()).isTrue();
    assertThat(preview.serverError())
        .hasValueSatisfying(
            message ->
                assertThat(message)
                    .contains("Not_A_Valid_Name")
                    .contains("RFC 1123")
                    .doesNotContain("Exception"));
    assertThat(result.saved()).isFalse();
    assertThat(result.serverError())
        .hasValueSatisfying(message -> assertThat(message).contains("RFC 1123"));
  }

  @Test
  void aResourceGroupThatDoesNotCompileIsNeverSent() {
    String before = saved("profile.yaml").getMetadata().getResourceVersion();

    SavePreview preview = saver.preview(yaml("profile-invalid.yaml"));
    SaveResult result = saver.save(yaml("profile-invalid.yaml"));

    assertThat(preview.valid()).isFalse();
    assertThat(preview.compileErrors()).anyMatch(e -> e.describe().contains("nickname"));
    assertThat(preview.mode()).isEmpty();
    assertThat(result.saved()).isFalse();
    assertThat(result.compileErrors()).isNotEmpty();
    assertThat(result.serverError()).isEmpty();
    assertThat(result.describe())
        .startsWith("Not saved: 1 error, the first: ")
        .contains("nickname");
    assertThat(fixtures.stored(RG, names.name()).orElseThrow().getMetadata().getResourceVersion())
        .isEqualTo(before);
  }

  private String yaml(String file) {
    return ResourceGroupFixtures.yaml(file, names);
  }

  private GenericKubernetesResource saved(String file) {
    SaveResult result = saver.save(yaml(file));
    assertThat(result.saved()).as(result.describe()).isTrue();
    return fixtures.stored(RG, names.name()).orElseThrow();
  }

  /** The diff's added and removed lines, without the file headers. */
  private static List<String> changedLines(String diff) {
    return diff.lines()
        .filter(
            l ->
                (l.startsWith("+") || l.startsWith("-"))
                    && !l.startsWith("+++")
                    && !l.startsWith("---"))
        .toList();
  }
}
