package run.kro.backend.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * kro's alpha features, each off unless turned on, as upstream's {@code --feature-gates} flag turns
 * them on. Only the gates that change what the engine accepts or renders are here.
 *
 * @param celOmitFunction {@code CELOmitFunction}: templates may use {@code omit()} to leave out a
 *     field
 */
public record FeatureGates(boolean celOmitFunction) {

  public static final String CEL_OMIT_FUNCTION = "CELOmitFunction";
  public static final FeatureGates DEFAULTS = new FeatureGates(false);

  /**
   * Gates in upstream's flag syntax, {@code CELOmitFunction=true,OtherGate=false}; a name alone
   * means true.
   *
   * @throws IllegalArgumentException naming an unknown gate or a value that is neither true nor
   *     false
   */
  public static FeatureGates parse(String gates) {
    Map<String, Boolean> values = new LinkedHashMap<>();
    for (String entry : gates.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] nameAndValue = entry.strip().split("=", 2);
      String name = nameAndValue[0].strip();
      if (!name.equals(CEL_OMIT_FUNCTION)) {
        throw new IllegalArgumentException(
            "unknown feature gate \"" + name + "\"; known: " + CEL_OMIT_FUNCTION);
      }
      String value = nameAndValue.length == 1 ? "true" : nameAndValue[1].strip();
      if (!value.equals("true") && !value.equals("false")) {
        throw new IllegalArgumentException(
            "feature gate " + name + ": expected true or false, got \"" + value + "\"");
      }
      values.put(name, Boolean.parseBoolean(value));
    }
    return new FeatureGates(values.getOrDefault(CEL_OMIT_FUNCTION, DEFAULTS.celOmitFunction()));
  }
}
