package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.Optional;

/**
 * An integer in a text field, parsed as a whole number of any size ({@code int64} fields exceed
 * IntegerField's range). Text that is not a whole number is written as a string, so the schema
 * check reports it and nothing typed is lost.
 */
final class IntegerEditor extends TextInputEditor {

  IntegerEditor(FieldSpec spec) {
    super(spec);
    field().setAllowedCharPattern("[-+0-9]");
  }

  @Override
  Optional<JsonNode> toJson(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    try {
      BigInteger number = new BigInteger(trimmed);
      if (number.bitLength() < Integer.SIZE) {
        return Optional.of(JsonNodeFactory.instance.numberNode(number.intValue()));
      }
      if (number.bitLength() < Long.SIZE) {
        return Optional.of(JsonNodeFactory.instance.numberNode(number.longValue()));
      }
      return Optional.of(JsonNodeFactory.instance.numberNode(number));
    } catch (NumberFormatException e) {
      return Optional.of(TextNode.valueOf(text));
    }
  }
}
