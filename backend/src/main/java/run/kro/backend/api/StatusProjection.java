package run.kro.backend.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import run.kro.backend.model.Condition;

/**
 * The instance status the ResourceGroup's expressions produce
 * (docs/design.md#status-fields-and-author-conditions): the fields whose expressions all resolved
 * (the others are left out, never written as {@code ${…}}), and the author-defined conditions when
 * the ResourceGroup has a {@code status.conditions} block.
 *
 * @param fields the resolved status fields, without {@code state} and {@code conditions}
 * @param authorConditions empty when the ResourceGroup declares none; otherwise what the entries
 *     returned (an entry that is pending contributes nothing; the caller keeps the previous wire
 *     condition of that type)
 * @param pendingConditionEntries how many author condition entries were pending
 * @param errors evaluation errors and duplicate condition types; non-empty means the instance state
 *     is ERROR
 */
public record StatusProjection(
    ObjectNode fields,
    Optional<List<Condition>> authorConditions,
    int pendingConditionEntries,
    List<String> errors) {

  public StatusProjection {
    errors = List.copyOf(errors);
  }
}
