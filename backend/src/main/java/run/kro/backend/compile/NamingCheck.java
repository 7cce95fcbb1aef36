package run.kro.backend.compile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.model.ForEachDimension;
import run.kro.backend.model.Resource;
import run.kro.backend.model.ResourceGroup;
import run.kro.backend.model.ResourcePaths;
import run.kro.backend.source.Diagnostics;
import run.kro.backend.source.FieldPath;

/**
 * The naming stage (docs/design.md#the-compile-pipeline): the kind, every resource id, and every
 * forEach iterator and dimension count.
 */
final class NamingCheck {

  private final int maxDimensions;

  NamingCheck(int maxDimensions) {
    this.maxDimensions = maxDimensions;
  }

  void check(ResourceGroup rg, Diagnostics diagnostics) {
    NamingRules.kindProblem(rg.spec().schema().kind())
        .ifPresent(p -> diagnostics.error(Stage.NAMING, ResourcePaths.SCHEMA.field("kind"), p));
    List<Resource> resources = rg.spec().resources();
    Set<String> ids = resources.stream().map(Resource::id).collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < resources.size(); i++) {
      Resource resource = resources.get(i);
      FieldPath entry = ResourcePaths.resource(i);
      NamingRules.idProblem(resource.id())
          .ifPresent(
              p -> diagnostics.error(Stage.NAMING, resource.id(), entry, entry.field("id"), p));
      if (!seen.add(resource.id())) {
        diagnostics.error(
            Stage.NAMING,
            resource.id(),
            entry,
            entry.field("id"),
            NamingRules.duplicateId(resource.id()));
      }
      checkIterators(resource, entry, ids, diagnostics);
    }
  }

  private void checkIterators(
      Resource resource, FieldPath entry, Set<String> ids, Diagnostics diagnostics) {
    List<ForEachDimension> dimensions = resource.forEach();
    if (dimensions.size() > maxDimensions) {
      diagnostics.error(
          Stage.NAMING,
          resource.id(),
          entry,
          entry.field("forEach"),
          "resource \""
              + resource.id()
              + "\": forEach cannot have more than "
              + maxDimensions
              + " dimensions, got "
              + dimensions.size());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < dimensions.size(); i++) {
      String iterator = dimensions.get(i).iterator();
      FieldPath at = entry.field("forEach").index(i).field(iterator);
      NamingRules.iteratorProblem(resource.id(), iterator, ids)
          .ifPresent(p -> diagnostics.error(Stage.NAMING, resource.id(), entry, at, p));
      if (!seen.add(iterator)) {
        diagnostics.error(
            Stage.NAMING,
            resource.id(),
            entry,
            at,
            "resource \""
                + resource.id()
                + "\": duplicate forEach iterator name \""
                + iterator
                + "\"");
      }
    }
  }
}
