package run.kro.backend.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.source.SourceDocument;

/**
 * What {@code kro render --observed DIR} says the cluster holds: {@code DIR/<id>.yaml} (or {@code
 * .yml}) for resource {@code id}, one YAML document per object (one for a single resource or an
 * external reference by name, one per item for a collection or an external reference by selector).
 * A file that names no resource is an error, so that a typo does not pass for a resource that is
 * not observed.
 */
final class ObservedFiles {

  /** The objects by resource id, and the errors as printable lines. */
  record Result(Map<String, List<JsonNode>> objects, List<String> errors) {}

  Result read(Path dir, CompiledResourceGroup rg) {
    Map<String, List<JsonNode>> objects = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return new Result(objects, List.of(dir + ": no such directory"));
    }
    for (InputFile file : new InputFiles().read(List.of(dir))) {
      String name = file.displayName();
      String id = file.path().getFileName().toString().replaceFirst("\\.ya?ml$", "");
      if (file.readError().isPresent()) {
        errors.add(file.readError().get().describeIn(name));
      } else if (rg.resource(id).isEmpty()) {
        errors.add(
            name
                + ": the ResourceGroup has no resource \""
                + id
                + "\" (files are named <id>.yaml)");
      } else if (objects.containsKey(id)) {
        errors.add(name + ": resource \"" + id + "\" is observed by another file already");
      } else {
        objects.put(id, file.documents().stream().map(SourceDocument::root).toList());
      }
    }
    return new Result(objects, errors);
  }
}
