package run.kro.backend.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.schema.SimpleSchemaCompiler;
import run.kro.backend.source.Diagnostics;
import run.kro.backend.source.FieldPath;
import run.kro.backend.source.SourceMap;

/**
 * The SimpleSchema compiler (type expressions, markers, custom types) on generated schemas: it
 * never throws (its parsers' {@code SchemaException} must become a diagnostic), never hangs, and
 * every error names the field it is at.
 */
class SimpleSchemaFuzzTest {

  private static final FieldPath SPEC = FieldPath.of("spec", "schema", "spec");
  private static final FieldPath TYPES = FieldPath.of("spec", "schema", "types");
  private static final List<String> TYPES_WORDS =
      List.of(
          "string",
          "integer",
          "boolean",
          "float",
          "object",
          "[]",
          "map[string]",
          "map[",
          "]",
          "[",
          "Custom",
          "Other",
          "map[integer]",
          " ",
          "[][]",
          "");
  private static final List<String> MARKERS =
      List.of(
          "required=true",
          "required=false",
          "required=maybe",
          "default=",
          "default=\"x\"",
          "default=1",
          "default=[1,2]",
          "default={\"a\": [1, {}]}",
          "enum=\"a,b\"",
          "enum=",
          "minimum=",
          "minimum=1.5",
          "maximum=-3",
          "pattern=\"^a(\"",
          "description=\"a \\\"quoted\\\" one\"",
          "immutable=true",
          "minLength=2",
          "maxItems=x",
          "unknown=1",
          "=",
          "\"",
          "{",
          "}",
          "[",
          "]",
          "\\",
          "bare",
          "|",
          "  ");
  private final SimpleSchemaCompiler compiler = new SimpleSchemaCompiler();

  @Test
  void reportsEveryErrorAtItsField() {
    Random random = new Random(FuzzRun.SEED);
    Mutator mutator = new Mutator(random);
    int failures = 0;
    try (FuzzRun run = new FuzzRun()) {
      for (int i = 0; i < FuzzRun.INPUTS; i++) {
        ObjectNode spec = fields(random, mutator, 0);
        ObjectNode types = JsonNodeFactory.instance.objectNode();
        for (int t = random.nextInt(3); t > 0; t--) {
          types.set(
              random.nextBoolean() ? "Custom" : "Other",
              random.nextBoolean()
                  ? fields(random, mutator, 1)
                  : JsonNodeFactory.instance.textNode(typeString(random, mutator)));
        }
        Diagnostics diagnostics = new Diagnostics(SourceMap.NONE);
        boolean[] valid = new boolean[1];
        run.check(
            "SimpleSchemaCompiler.compile",
            "spec=" + spec + " types=" + types,
            () -> {
              valid[0] = compiler.compile(spec, types, SPEC, TYPES, diagnostics).isPresent();
              for (CompileError error : diagnostics.errors()) {
                assertThat(error.path())
                    .as("path of %s", error)
                    .matches("(?s)spec\\.schema\\.(spec|types)[.\\[].+");
                assertThat(error.message()).as("message of %s", error).isNotBlank();
              }
              assertThat(valid[0])
                  .as("valid exactly when there are no errors: %s", diagnostics.errors())
                  .isEqualTo(diagnostics.errors().isEmpty());
            });
        failures += valid[0] ? 0 : 1;
      }
    }
    // the generator must reach both outcomes, or it tests nothing
    assertThat(failures).isBetween(1, FuzzRun.INPUTS - 1);
  }

  private ObjectNode fields(Random random, Mutator mutator, int depth) {
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    for (int f = 1 + random.nextInt(4); f > 0; f--) {
      String name = random.nextInt(10) == 0 ? mutator.token() : "f" + random.nextInt(20);
      int kind = random.nextInt(12);
      if (kind == 0 && depth < 40) {
        fields.set(name, fields(random, mutator, depth + 1));
      } else if (kind == 1) {
        fields.put(name, random.nextInt());
      } else if (kind == 2) {
        fields.set(name, JsonNodeFactory.instance.arrayNode().add("string"));
      } else {
        fields.put(name, typeString(random, mutator));
      }
    }
    return fields;
  }

  private static String typeString(Random random, Mutator mutator) {
    StringBuilder type = new StringBuilder();
    int nesting = random.nextInt(20) == 0 ? random.nextInt(200) : random.nextInt(4);
    for (int n = 0; n < nesting; n++) {
      type.append(random.nextBoolean() ? "[]" : "map[string]");
    }
    type.append(TYPES_WORDS.get(random.nextInt(TYPES_WORDS.size())));
    if (random.nextInt(4) > 0) {
      type.append(" | ");
      for (int m = random.nextInt(5); m > 0; m--) {
        type.append(MARKERS.get(random.nextInt(MARKERS.size())))
            .append(random.nextInt(4) == 0 ? "" : " ");
      }
    }
    String text = type.toString();
    return random.nextInt(5) == 0 ? mutator.mutate(text, 4) : text;
  }
}
