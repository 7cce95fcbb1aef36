package run.kro.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.fabric8.kubernetes.api.model.Event;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.kro.ui.security.ConsoleUser;

/** The audit line and the event, without a cluster. */
class AuditTrailTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");
  private static final Actor ALICE =
      Actor.fixed(new ConsoleUser("alice", List.of("team-a", "developers")));
  private static final AuditTarget SHOP =
      AuditTarget.of("kro.run/v1alpha1", "WebApp", Optional.of("team-a"), "shop");

  /** No cluster: every call to it fails, which auditing must survive. */
  private final AuditTrail trail =
      new AuditTrail(
          () -> {
            throw new IllegalStateException("no cluster in unit tests");
          },
          ALICE,
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void oneJsonLineWithTheFixedFieldsAndNoContentOfTheObject() throws Exception {
    JsonNode object =
        JSON.readTree(
            """
        {"apiVersion": "kro.run/v1alpha1", "kind": "WebApp", "metadata": {"name": "shop", "namespace": "team-a"},
         "spec": {"password": "hunter2-correct-horse", "image": "nginx:1.27"}}
        """);
    try (AuditLogCapture log = new AuditLogCapture()) {
      trail.record(
          AuditVerb.CREATE, SHOP, AuditResult.succeeded(), Optional.of(AuditDigest.sha256(object)));

      assertThat(log.lines()).hasSize(1);
      JsonNode line = JSON.readTree(log.lines().get(0));
      assertThat(ImmutableList.copyOf(line.fieldNames())).containsExactly(AuditLine.FIELDS);
      assertThat(line.path("ts").asText()).isEqualTo("2026-11-24T10:15:30Z");
      assertThat(line.path("subject").asText()).isEqualTo("alice");
      assertThat(line.path("groups").toString()).isEqualTo("[\"team-a\",\"developers\"]");
      assertThat(line.path("verb").asText()).isEqualTo("create");
      assertThat(line.path("apiVersion").asText()).isEqualTo("kro.run/v1alpha1");
      assertThat(line.path("kind").asText()).isEqualTo("WebApp");
      assertThat(line.path("namespace").asText()).isEqualTo("team-a");
      assertThat(line.path("name").asText()).isEqualTo("shop");
      assertThat(line.path("result").asText()).isEqualTo("succeeded");
      assertThat(line.path("diffSha256").asText())
          .matches("[0-9a-f]{64}")
          .isEqualTo(AuditDigest.sha256(object));
      assertThat(log.lines().get(0)).doesNotContain("hunter2", "nginx", "spec");
    }
  }

  @Test
  void aRefusalCarriesTheServersWordsAndADeleteOfAClusterScopedObjectHasNulls() throws Exception {
    AuditTarget rg =
        AuditTarget.of("kro.run/v1alpha1", "ResourceGroup", Optional.empty(), "web-app");
    try (AuditLogCapture log = new AuditLogCapture()) {
      trail.record(
          AuditVerb.UPDATE,
          SHOP,
          AuditResult.refused("webapps.kro.run \"shop\" is forbidden"),
          Optional.of("ab"));
      trail.record(
          AuditVerb.DELETE, rg, AuditResult.failed("connection refused"), Optional.empty());

      JsonNode refused = JSON.readTree(log.lines().get(0));
      assertThat(refused.path("result").asText())
          .isEqualTo("refused: webapps.kro.run \"shop\" is forbidden");
      JsonNode deleted = JSON.readTree(log.lines().get(1));
      assertThat(deleted.path("verb").asText()).isEqualTo("delete");
      assertThat(deleted.path("result").asText()).isEqualTo("failed: connection refused");
      assertThat(deleted.get("namespace").isNull()).isTrue();
      assertThat(deleted.get("diffSha256").isNull()).isTrue();
    }
  }

  @Test
  void anActorThatCannotSayWhoIsAuditedAsUnknownAndTheWriteGoesOn() throws Exception {
    AuditTrail nobody =
        new AuditTrail(
            () -> {
              throw new IllegalStateException("no cluster");
            },
            () -> {
              throw new IllegalStateException("no signed-in user");
            });
    try (AuditLogCapture log = new AuditLogCapture()) {
      nobody.record(AuditVerb.APPLY, SHOP, AuditResult.succeeded(), Optional.empty());

      assertThat(JSON.readTree(log.lines().get(0)).path("subject").asText()).isEqualTo("<unknown>");
    }
  }

  @Test
  void theDigestIsCanonicalWhateverTheKeyOrder() throws Exception {
    String one =
        AuditDigest.sha256(
            JSON.readTree("{\"b\": {\"y\": 1, \"x\": [2, {\"q\": 1, \"p\": 0}]}, \"a\": null}"));
    String same =
        AuditDigest.sha256(JSON.readTree("{\"b\": {\"x\": [2, {\"p\": 0, \"q\": 1}], \"y\": 1}}"));
    String other =
        AuditDigest.sha256(JSON.readTree("{\"b\": {\"x\": [2, {\"p\": 0, \"q\": 2}], \"y\": 1}}"));

    assertThat(
            AuditDigest.canonicalJson(JSON.readTree("{\"b\": {\"y\": 1, \"x\": 2}, \"a\": \"z\"}")))
        .isEqualTo("{\"a\":\"z\",\"b\":{\"x\":2,\"y\":1}}");
    assertThat(one).isEqualTo(same).isNotEqualTo(other);
  }

  @Test
  void theEventNamesWhoDidWhatToWhichObject() {
    AuditEntry created =
        new AuditEntry(
            "alice",
            List.of("team-a"),
            AuditVerb.CREATE,
            SHOP.withUid("u-1"),
            AuditResult.succeeded(),
            Optional.of("ab"));

    Event event = ConsoleWriteEvent.of(created, NOW);

    assertThat(event.getMessage())
        .isEqualTo("alice (team-a) created WebApp team-a/shop via the console");
    assertThat(event.getReason()).isEqualTo("ConsoleWrite");
    assertThat(event.getType()).isEqualTo("Normal");
    assertThat(event.getSource().getComponent()).isEqualTo("kro-console");
    assertThat(event.getMetadata().getNamespace()).isEqualTo("team-a");
    assertThat(event.getInvolvedObject())
        .extracting(
            o -> o.getApiVersion(),
            o -> o.getKind(),
            o -> o.getNamespace(),
            o -> o.getName(),
            o -> o.getUid())
        .containsExactly("kro.run/v1alpha1", "WebApp", "team-a", "shop", "u-1");

    AuditEntry refused =
        new AuditEntry(
            "kro-console (example preloader)",
            List.of(),
            AuditVerb.APPLY,
            AuditTarget.of("kro.run/v1alpha1", "ResourceGroup", Optional.empty(), "web-app"),
            AuditResult.refused("x".repeat(2000)),
            Optional.empty());
    Event refusal = ConsoleWriteEvent.of(refused, NOW);
    assertThat(refusal.getReason()).isEqualTo("ConsoleWriteRefused");
    assertThat(refusal.getType()).isEqualTo("Warning");
    assertThat(refusal.getMetadata().getNamespace()).as("cluster-scoped").isEqualTo("default");
    assertThat(refusal.getMessage())
        .startsWith(
            "kro-console (example preloader) was refused applying ResourceGroup web-app via the console: xxx")
        .hasSize(ConsoleWriteEvent.MAX_MESSAGE);
  }
}
