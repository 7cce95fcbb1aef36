package run.kro.backend.compile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import run.kro.backend.cel.Expression;
import run.kro.backend.cel.ExpressionExtractor;
import run.kro.backend.cel.NestedExpressionException;

/**
 * Collects the expression texts of a part of a ResourceGroup, so that all expressions of one
 * environment can be type-checked in one pass before they are compiled one by one. Bad values are
 * skipped here; compiling reports them.
 */
final class ExpressionHarvest {

  private final List<String> texts = new ArrayList<>();

  /** Every expression in the string values of {@code tree} (map keys never hold expressions). */
  ExpressionHarvest fromTree(JsonNode tree) {
    if (tree.isTextual()) {
      fromString(tree.asText());
    } else {
      tree.elements().forEachRemaining(this::fromTree);
    }
    return this;
  }

  ExpressionHarvest fromStrings(List<String> values) {
    values.forEach(this::fromString);
    return this;
  }

  List<String> texts() {
    return texts;
  }

  private void fromString(String value) {
    if (!value.contains(TemplateWalker.EXPRESSION_START)) {
      return;
    }
    try {
      ExpressionExtractor.extract(value).expressions().stream()
          .map(Expression::text)
          .forEach(texts::add);
    } catch (NestedExpressionException e) {
      // Reported when the value is compiled.
    }
  }
}
