package run.kro.backend.cel;

import dev.cel.bundle.Cel;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelSource;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Type-checks many expressions of one environment in a single checker pass. cel-java builds its
 * whole checker environment (every function overload) on each check, so checking a ResourceGroup's
 * hundreds of expressions one by one costs more than the checking itself. Here they are checked as
 * the elements of one list literal, then each element becomes a checked AST of its own; an
 * expression with errors gets its issues at its own offsets and is left out of the next round.
 */
final class BatchTypeCheck {

  private static final int MAX_ROUNDS = 3;

  private BatchTypeCheck() {}

  /**
   * The checked AST of each text that checks; texts with errors are left out, for the caller to
   * check alone.
   */
  static Map<String, CelAbstractSyntaxTree> check(Cel env, List<String> texts) {
    Map<String, CelAbstractSyntaxTree> outcomes = new LinkedHashMap<>();
    List<String> pending = new ArrayList<>(texts);
    for (int round = 0; round < MAX_ROUNDS && !pending.isEmpty(); round++) {
      Batch batch = new Batch(pending);
      CelValidationResult parsed = env.parse(batch.text);
      if (parsed.hasError()) {
        return outcomes;
      }
      CelValidationResult checked;
      try {
        checked = env.check(parsed.getAst());
      } catch (CelValidationException e) {
        return outcomes;
      }
      if (!checked.hasError()) {
        outcomes.putAll(batch.split(checked));
        return outcomes;
      }
      Set<Integer> failed = new HashSet<>();
      for (CelIssue issue : checked.getErrors()) {
        int element =
            batch.elementAt(
                TextOffsets.offsetOf(
                    batch.text,
                    issue.getSourceLocation().getLine(),
                    issue.getSourceLocation().getColumn()));
        if (element < 0) {
          return outcomes;
        }
        failed.add(element);
      }
      pending = new ArrayList<>();
      for (int i = 0; i < batch.texts.size(); i++) {
        if (!failed.contains(i)) {
          pending.add(batch.texts.get(i));
        }
      }
    }
    return outcomes;
  }

  /** The combined text {@code [\n e1 \n,\n e2 \n]} and where each element starts in it. */
  private static final class Batch {
    private static final String OPEN = "[\n";
    private static final String SEPARATOR = "\n,\n";
    private final List<String> texts;
    private final int[] starts;
    private final String text;

    Batch(List<String> texts) {
      this.texts = List.copyOf(texts);
      this.starts = new int[texts.size()];
      StringBuilder combined = new StringBuilder(OPEN);
      for (int i = 0; i < texts.size(); i++) {
        if (i > 0) {
          combined.append(SEPARATOR);
        }
        starts[i] = combined.length();
        combined.append(texts.get(i));
      }
      this.text = combined.append("\n]").toString();
    }

    int elementAt(int offset) {
      for (int i = texts.size() - 1; i >= 0; i--) {
        if (offset >= starts[i]) {
          return offset <= starts[i] + texts.get(i).length() ? i : -1;
        }
      }
      return -1;
    }

    Map<String, CelAbstractSyntaxTree> split(CelValidationResult checked) {
      CelAbstractSyntaxTree combined;
      try {
        combined = checked.getAst();
      } catch (CelValidationException e) {
        return Map.of();
      }
      List<CelExpr> elements = combined.getExpr().list().elements();
      Map<String, CelAbstractSyntaxTree> outcomes = new HashMap<>();
      for (int i = 0; i < elements.size(); i++) {
        outcomes.put(texts.get(i), element(combined, elements.get(i), i));
      }
      return outcomes;
    }

    /**
     * One element as a checked AST of its own: its expression, positions shifted into its text, its
     * types.
     */
    private CelAbstractSyntaxTree element(CelAbstractSyntaxTree combined, CelExpr expr, int index) {
      Set<Long> ids =
          CelNavigableExpr.fromExpr(expr)
              .allNodes()
              .map(n -> n.expr().id())
              .collect(Collectors.toSet());
      CelSource.Builder source = CelSource.newBuilder(texts.get(index));
      combined
          .getSource()
          .getPositionsMap()
          .forEach(
              (id, offset) -> {
                if (ids.contains(id)) {
                  source.addPositions(id, offset - starts[index]);
                }
              });
      combined
          .getSource()
          .getMacroCalls()
          .forEach(
              (id, call) -> {
                if (ids.contains(id)) {
                  source.addMacroCalls(id, call);
                }
              });
      return CelAbstractSyntaxTree.newCheckedAst(
          expr,
          source.build(),
          filter(combined.getReferenceMap(), ids),
          filter(combined.getTypeMap(), ids));
    }

    private static <V> Map<Long, V> filter(Map<Long, V> map, Set<Long> ids) {
      return map.entrySet().stream()
          .filter(e -> ids.contains(e.getKey()))
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
  }
}
