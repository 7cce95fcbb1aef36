package run.kro.ui.instance.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One of the schema's enum values in a select. A value read that is not among them is offered too,
 * so it shows and survives; the schema check reports it.
 */
final class EnumEditor extends ScalarEditor<JsonNode> {

  private final List<JsonNode> allowed;
  private final Select<JsonNode> select;

  EnumEditor(FieldSpec spec) {
    this(spec, new Select<>());
  }

  private EnumEditor(FieldSpec spec, Select<JsonNode> select) {
    super(spec, select);
    this.allowed = List.copyOf(spec.schema().getEnum());
    select.setEmptySelectionAllowed(true);
    select.setEmptySelectionCaption("");
    select.setItemLabelGenerator(v -> v == null ? "" : v.isTextual() ? v.asText() : v.toString());
    select.setItems(allowed);
    this.select = select;
  }

  @Override
  void beforeRead() {
    select.setItems(allowed);
  }

  @Override
  JsonNode toPresentation(JsonNode value) {
    JsonNode item = allowed.stream().filter(a -> sameValue(a, value)).findFirst().orElse(value);
    List<JsonNode> items = new ArrayList<>(allowed);
    if (!allowed.contains(item)) {
      items.add(item);
    }
    select.setItems(items);
    return item;
  }

  @Override
  Optional<JsonNode> toJson(JsonNode choice) {
    return Optional.ofNullable(choice).map(JsonNode::deepCopy);
  }

  private static boolean sameValue(JsonNode a, JsonNode b) {
    return a.isNumber() && b.isNumber() ? a.asDouble() == b.asDouble() : a.equals(b);
  }
}
