package run.kro.backend.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import run.kro.backend.engine.ResourceGroupCompiler;
import run.kro.backend.kinds.BuiltinKindSchemas;

/**
 * The public compiler on bad ResourceGroups: mutated copies of the examples (YAML loader, reader,
 * schema, kinds) and a valid ResourceGroup whose expressions are generated from CEL tokens
 * (extraction, parsing, type-checking, graph). Every input gives a CompileResult whose errors are
 * values with a place; none is an internal error or a hang.
 */
class ResourceGroupCompileFuzzTest {

  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final List<String> CEL =
      List.of(
          "schema.spec.name",
          "schema.spec.replicas",
          "schema.spec.tags",
          "schema.metadata.name",
          "config.data",
          "config.metadata.name",
          "config.data.?key.orValue(\"\")",
          "x",
          "1",
          "-1",
          "2.5",
          "\"s\"",
          "'s'",
          "true",
          "null",
          "[1, 2]",
          "{\"a\": 1}",
          "[]",
          "{}",
          " + ",
          " - ",
          " * ",
          " / ",
          " % ",
          " == ",
          " != ",
          " < ",
          " && ",
          " || ",
          " ? ",
          " : ",
          "!",
          "(",
          ")",
          "[",
          "]",
          ".",
          ".?",
          "size(",
          "has(",
          "int(",
          "string(",
          "duration(\"1h\")",
          ".map(v, v)",
          ".filter(v, true)",
          ".exists(v, v > 0)",
          ".all(",
          "${",
          "}",
          "{",
          "\"",
          "\\",
          "\u00e9",
          "\ud83d\ude00",
          "9223372036854775808",
          "1e999",
          "b\"\\xff\"",
          "in",
          " ",
          ",");
  private static final String TEMPLATE =
      """
      apiVersion: kro.run/v1alpha1
      kind: ResourceGroup
      metadata:
        name: fuzz
      spec:
        schema:
          apiVersion: v1alpha1
          kind: Fuzz
          spec:
            name: string | required=true
            replicas: integer | default=1
            tags: "[]string"
          status:
            out: ${%s}
        resources:
        - id: config
          includeWhen:
          - ${%s}
          template:
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: ${schema.spec.name}
            data:
              key: '${%s}'
              other: "prefix-${%s}-suffix"
        - id: second
          readyWhen:
          - ${%s}
          template:
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: ${config.metadata.name}-2
            data:
              copy: ${%s}
      """;
  private final ResourceGroupCompiler compiler =
      new ResourceGroupCompiler(BuiltinKindSchemas.shared());

  @Test
  void mutatedExamplesGiveErrorsWithAPlace() {
    List<String> examples = exampleTexts();
    Random random = new Random(FuzzRun.SEED);
    Mutator mutator = new Mutator(random);
    int valid = 0;
    try (FuzzRun run = new FuzzRun()) {
      for (int i = 0; i < FuzzRun.INPUTS; i++) {
        String yaml =
            mutator.mutate(examples.get(random.nextInt(examples.size())), 1 + random.nextInt(6));
        boolean[] ok = new boolean[1];
        run.check(
            "compile of a mutated example",
            yaml,
            () -> ok[0] = CompileCheck.check(compiler.compile("fuzz.yaml", yaml)));
        valid += ok[0] ? 1 : 0;
      }
    }
    assertThat(valid).as("some mutations must break the examples").isLessThan(FuzzRun.INPUTS);
  }

  @Test
  void generatedExpressionsGiveErrorsWithAPlace() {
    Random random = new Random(FuzzRun.SEED + 1);
    Mutator mutator = new Mutator(random);
    int valid = 0;
    try (FuzzRun run = new FuzzRun()) {
      for (int i = 0; i < FuzzRun.INPUTS; i++) {
        Object[] expressions = new String[6];
        for (int e = 0; e < expressions.length; e++) {
          expressions[e] =
              random.nextInt(3) == 0 ? "schema.spec.name" : yamlSafe(expression(random, mutator));
        }
        String yaml = TEMPLATE.formatted(expressions);
        boolean[] ok = new boolean[1];
        run.check(
            "compile of generated expressions",
            yaml,
            () -> ok[0] = CompileCheck.check(compiler.compile("fuzz.yaml", yaml)));
        valid += ok[0] ? 1 : 0;
      }
    }
    assertThat(valid).as("generated expressions must not all be valid").isLessThan(FuzzRun.INPUTS);
  }

  @Test
  void theTemplateIsValidWithPlainExpressions() {
    Object[] plain = {
      "schema.spec.name", "true", "schema.spec.name", "schema.spec.name", "true", "config.data.key"
    };
    assertThat(CompileCheck.check(compiler.compile("fuzz.yaml", TEMPLATE.formatted(plain))))
        .isTrue();
  }

  private static String expression(Random random, Mutator mutator) {
    switch (random.nextInt(20)) {
      case 0:
        int depth = random.nextInt(2_000);
        return "(".repeat(depth) + "1" + ")".repeat(depth);
      case 1:
        return "\"" + "a".repeat(random.nextInt(100_000)) + "\"";
      case 2:
        return "[".repeat(random.nextInt(500)) + "]".repeat(random.nextInt(500));
      case 3:
        return "schema.spec.name" + " + schema.spec.name".repeat(random.nextInt(3_000));
      default:
        StringBuilder out = new StringBuilder();
        for (int t = 1 + random.nextInt(12); t > 0; t--) {
          out.append(
              random.nextInt(15) == 0 ? mutator.token() : CEL.get(random.nextInt(CEL.size())));
        }
        return out.toString();
    }
  }

  /**
   * Keeps the expression on its line, so that the generator tests expressions rather than YAML
   * layout.
   */
  private static String yamlSafe(String expression) {
    return expression.replace("\n", " ").replace("\r", " ").replace("'", "\"");
  }

  private static List<String> exampleTexts() {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> folders = files.filter(Files::isDirectory).sorted().toList();
      List<String> texts = new ArrayList<>();
      for (Path folder : folders) {
        try (Stream<Path> yaml = Files.list(folder)) {
          for (Path file : yaml.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
            texts.add(Files.readString(file));
          }
        }
      }
      assertThat(texts)
          .as("examples under " + EXAMPLES.toAbsolutePath())
          .hasSizeGreaterThanOrEqualTo(5);
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
