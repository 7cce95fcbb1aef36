package run.kro.backend.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamingRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"deployment", "webApp", "a1", "serviceAccount2"})
  void acceptsLowerCamelIds(String id) {
    assertThat(NamingRules.idProblem(id)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Deployment", "web_app", "web-app", "1web", "web.app", ""})
  void rejectsOtherIds(String id) {
    assertThat(NamingRules.idProblem(id))
        .hasValue(
            "naming convention violation: id "
                + id
                + " is not a valid KRO resource id: must be lower camelCase");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "schema",
        "each",
        "self",
        "namespace",
        "in",
        "null",
        "resources",
        "vars",
        "runtime"
      })
  void rejectsReservedWords(String id) {
    assertThat(NamingRules.idProblem(id))
        .hasValue("naming convention violation: id " + id + " is a reserved keyword in KRO");
  }

  @Test
  void checksKinds() {
    assertThat(NamingRules.kindProblem("WebApp")).isEmpty();
    assertThat(NamingRules.kindProblem("webApp"))
        .hasValue(
            "naming convention violation: kind 'webApp' is not a valid KRO kind name: must be UpperCamelCase");
    assertThat(NamingRules.kindProblem("W" + "a".repeat(63)))
        .hasValueSatisfying(p -> assertThat(p).contains("DNS-1035"));
  }

  @Test
  void checksIterators() {
    Set<String> ids = Set.of("pods", "service");
    assertThat(NamingRules.iteratorProblem("pods", "region", ids)).isEmpty();
    assertThat(NamingRules.iteratorProblem("pods", "Region", ids))
        .hasValue(
            "resource \"pods\": forEach iterator name \"Region\" is not valid: must be lowerCamelCase");
    assertThat(NamingRules.iteratorProblem("pods", "each", ids))
        .hasValue("resource \"pods\": forEach iterator name \"each\" is a reserved keyword");
    assertThat(NamingRules.iteratorProblem("pods", "service", ids))
        .hasValue(
            "resource \"pods\": forEach iterator name \"service\" conflicts with resource ID");
  }
}
