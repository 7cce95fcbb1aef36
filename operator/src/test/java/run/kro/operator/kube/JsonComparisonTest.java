package run.kro.operator.kube;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The comparisons that decide whether kro writes: subset (apply needed?), equality (status
 * changed?), hashing.
 */
class JsonComparisonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  @Test
  void liveObjectWithServerDefaultsHoldsTheDesiredOne() throws Exception {
    JsonNode desired = json("{'spec':{'ports':[{'port':80}],'selector':{'app':'a'}}}");
    JsonNode live =
        json(
            "{'spec':{'ports':[{'port':80,'protocol':'TCP','targetPort':80}],'selector':{'app':'a'},"
                + "'clusterIP':'10.0.0.1'},'status':{}}");
    assertThat(JsonSubset.heldBy(desired, live)).isTrue();
  }

  @Test
  void driftAndChangesAreSeen() throws Exception {
    JsonNode desired = json("{'data':{'a':'1','b':'2'},'list':[1,2]}");
    assertThat(JsonSubset.heldBy(desired, json("{'data':{'a':'1','b':'changed'},'list':[1,2]}")))
        .isFalse();
    assertThat(JsonSubset.heldBy(desired, json("{'data':{'a':'1'},'list':[1,2]}"))).isFalse();
    assertThat(JsonSubset.heldBy(desired, json("{'data':{'a':'1','b':'2'},'list':[1,2,3]}")))
        .isFalse();
    assertThat(JsonSubset.heldBy(desired, json("{'data':{'a':'1','b':'2'},'list':[2,1]}")))
        .isFalse();
  }

  @Test
  void numbersCompareByValueAndEmptyValuesNeedNotExist() throws Exception {
    assertThat(JsonSubset.heldBy(json("{'n':1,'m':{},'l':[],'z':null}"), json("{'n':1.0}")))
        .isTrue();
    assertThat(
            JsonEquality.equal(
                json("{'n':1,'a':[2]}"),
                JSON.createObjectNode().put("n", 1L).set("a", JSON.createArrayNode().add(2.0))))
        .isTrue();
    assertThat(JsonEquality.equal(json("{'n':1}"), json("{'n':2}"))).isFalse();
  }

  @Test
  void aFieldKroAppliedBeforeAndNoLongerWantsNeedsAnApply() throws Exception {
    JsonNode live =
        json(
            "{'metadata':{'name':'c','managedFields':["
                + "{'manager':'kro.run/applyset','operation':'Apply','fieldsV1':{'f:data':{'f:always':{},'f:level':{}},"
                + "'f:spec':{'f:containers':{'k:{\\'name\\':\\'app\\'}':{'.':{},'f:name':{},'f:args':{}}}}}},"
                + "{'manager':'kubectl','operation':'Update','fieldsV1':{'f:data':{'f:mine':{}}}}]},"
                + "'data':{'always':'yes','level':'debug','mine':'x'},'spec':{'containers':[{'name':'app','args':['-v']}]}}");
    JsonNode wanted =
        json(
            "{'data':{'always':'yes','level':'debug'},"
                + "'spec':{'containers':[{'name':'app','args':['-v']}]}}");
    JsonNode levelOmitted =
        json("{'data':{'always':'yes'},'spec':{'containers':[{'name':'app','args':['-v']}]}}");
    JsonNode argsOmitted =
        json("{'data':{'always':'yes','level':'debug'},'spec':{'containers':[{'name':'app'}]}}");

    assertThat(JsonSubset.heldBy(levelOmitted, live))
        .as("the live object holds the smaller one")
        .isTrue();
    assertThat(OwnedFields.droppedFrom(wanted, live, "kro.run/applyset"))
        .as("data.mine is kubectl's")
        .isFalse();
    assertThat(OwnedFields.droppedFrom(levelOmitted, live, "kro.run/applyset")).isTrue();
    assertThat(OwnedFields.droppedFrom(argsOmitted, live, "kro.run/applyset"))
        .as("inside a keyed list")
        .isTrue();
    assertThat(
            OwnedFields.droppedFrom(
                levelOmitted,
                json("{'data':{'always':'yes','level':'debug'}}"),
                "kro.run/applyset"))
        .as("no managed fields, nothing known")
        .isFalse();
  }

  @Test
  void canonicalJsonIgnoresKeyOrder() throws Exception {
    JsonNode a = json("{'b':{'y':1,'x':[{'q':1,'p':2}]},'a':'t'}");
    JsonNode b = json("{'a':'t','b':{'x':[{'p':2,'q':1}],'y':1}}");
    assertThat(CanonicalJson.write(a)).isEqualTo(CanonicalJson.write(b));
    assertThat(CanonicalJson.hash(a)).isEqualTo(CanonicalJson.hash(b)).hasSize(32);
    assertThat(CanonicalJson.hash(a)).isNotEqualTo(CanonicalJson.hash(json("{'a':'t'}")));
  }
}
