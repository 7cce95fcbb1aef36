package run.kro.backend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KroCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void validatesTheExamplesOffline() {
    assertThat(run("validate", "-f", "../examples")).isEqualTo(0);
    assertThat(err.toString()).contains("valid");
  }

  @Test
  void printsEachErrorWithFileLineAndColumnAndExitsWithOne() {
    int exit = run("validate", "-f", "src/test/resources/compile/errors/schema-not-found.yaml");
    assertThat(exit).isEqualTo(1);
    assertThat(out.toString().strip())
        .isEqualTo(
            "src/test/resources/compile/errors/schema-not-found.yaml:22:23: "
                + "resource \"deployment\" spec.unknownField: error getting field schema for path spec.unknownField: "
                + "schema not found for field unknownField");
  }

  @Test
  void letsResourceGroupsUseEachOthersKindsInAnyOrder() {
    assertThat(
            run(
                "validate",
                "-f",
                resource("chain-app.yaml"),
                "-f",
                resource("chain-database.yaml")))
        .isEqualTo(0);
    assertThat(run("validate", "-f", resource("chain-app.yaml"))).isEqualTo(1);
    assertThat(out.toString()).contains("schema not found for kro.run/v1alpha1 Database");
  }

  @Test
  void checksInstancesAgainstTheGeneratedCrd() {
    assertThat(
            run(
                "validate",
                "-f",
                resource("chain-database.yaml"),
                "-f",
                resource("instance-errors.yaml")))
        .isEqualTo(1);
    assertThat(out.toString())
        .contains("instance-errors.yaml:6:3: spec.size: expected an integer, got string \"large\"")
        .contains("instance-errors.yaml:7:3: spec.colour: unknown field \"colour\"");
  }

  @Test
  void compilesTheKubernetesCelFunctionsUpstreamOffers() {
    assertThat(run("validate", "-f", resource("cel-functions.yaml"))).isEqualTo(0);
    assertThat(err.toString())
        .contains("1 ResourceGroup(s), 0 instance(s), 0 CRD(s) checked: valid");
  }

  @Test
  void refusesCelJavasExtrasUnlessAskedFor() {
    String extras = resource("cel-extras.yaml");
    assertThat(run("validate", "-f", extras)).isEqualTo(1);
    assertThat(out.toString())
        .contains(
            extras
                + ":21:28: resource \"config\" data.replicas: "
                + "math.greatest is from cel-java's extra CEL libraries (math.*, sets.*, regex.*),"
                + " which upstream kro does not offer: set kro.controller.cel-extra-libraries=true"
                + " for the controller, or pass --cel-extra-libraries to the kro command");

    assertThat(run("validate", "--cel-extra-libraries", "-f", extras)).isEqualTo(0);
    assertThat(run("generate", "crd", "--cel-extra-libraries", "-f", extras)).isEqualTo(0);
    assertThat(run("graph", "--cel-extra-libraries", "-f", extras)).isEqualTo(0);
    assertThat(run("graph", "-f", extras)).isEqualTo(1);
  }

  @Test
  void reportsAMissingFile() {
    assertThat(run("validate", "-f", "no/such/file.yaml")).isEqualTo(1);
    assertThat(out.toString()).contains("no/such/file.yaml: no such file");
  }

  @Test
  void generatesTheCrd() throws Exception {
    assertThat(run("generate", "crd", "-f", "../examples/web-app/web-app.yaml")).isEqualTo(0);
    CustomResourceDefinition crd =
        new ObjectMapper(new YAMLFactory())
            .readValue(out.toString(), CustomResourceDefinition.class);
    assertThat(crd.getMetadata().getName()).isEqualTo("webapps.kro.run");
    assertThat(
            crd.getSpec()
                .getVersions()
                .get(0)
                .getSchema()
                .getOpenAPIV3Schema()
                .getProperties()
                .get("status")
                .getProperties())
        .containsKeys("availableReplicas", "address", "state", "conditions");
  }

  @Test
  void printsTheGraphAsDot() {
    assertThat(run("graph", "-f", "../examples/web-app/web-app.yaml", "-o", "dot")).isEqualTo(0);
    assertThat(out.toString())
        .contains("\"deployment\" -> \"service\";")
        .contains("\"service\" -> \"ingress\";");
  }

  @Test
  void turnsFeatureGatesOnAsTheControllerDoes() {
    String usesOmit = "src/test/resources/compile/errors/omit-gate-off.yaml";
    assertThat(run("validate", "-f", usesOmit)).isEqualTo(1);
    assertThat(out.toString())
        .contains("data.policy: omit() requires the CELOmitFunction feature gate to be enabled");
    out.getBuffer().setLength(0);
    assertThat(run("validate", "-f", usesOmit, "--feature-gates=CELOmitFunction=true"))
        .as("includeWhen stays wrong")
        .isEqualTo(1);
    assertThat(out.toString())
        .doesNotContain("feature gate")
        .contains("omit() can only be used in resource template");
  }

  @Test
  void refusesUnknownFeatureGatesWithUsageExitCode() {
    assertThat(run("validate", "-f", "../examples", "--feature-gates=NoSuchGate=true"))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("unknown feature gate \"NoSuchGate\"; known: CELOmitFunction");
  }

  @Test
  void explainsEachCommand() {
    assertThat(run("validate", "--help")).isEqualTo(0);
    assertThat(run("generate", "instance", "--help")).isEqualTo(0);
    assertThat(run("render", "--help")).isEqualTo(0);
    assertThat(out.toString())
        .contains("Usage: kro validate")
        .contains("Usage: kro generate instance")
        .contains("Usage: kro render")
        .contains("--observed=DIR");
  }

  @Test
  void rejectsUnknownOptionsWithUsageExitCode() {
    assertThat(run("validate", "--nope")).isEqualTo(2);
  }

  private int run(String... args) {
    return KroCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  private static String resource(String name) {
    return Path.of("src/test/resources/cli", name).toString();
  }
}
