package run.kro.backend.engine;

import java.util.List;
import java.util.function.Supplier;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.CompilerOptions;
import run.kro.backend.compile.CompilePipeline;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.diagnostics.Stage;
import run.kro.backend.kinds.SchemaResolver;
import run.kro.backend.model.ResourceGroup;
import run.kro.backend.model.ResourceGroupReader;
import run.kro.backend.source.SourceDocument;
import run.kro.backend.source.SourceMap;
import run.kro.backend.source.YamlSourceReader;
import run.kro.backend.source.YamlSyntaxException;

/**
 * Compiles ResourceGroups: reads the document, checks names, the SimpleSchema, every resource's
 * kind and every expression against the schemas of {@code resolver}, builds the dependency graph
 * and infers the status schema. Pure and thread-safe: the same compiler serves the controller, the
 * console and the CLI, so all three report the same errors.
 */
public final class ResourceGroupCompiler {

  private final ResourceGroupReader reader = new ResourceGroupReader();
  private final CompilePipeline pipeline;

  public ResourceGroupCompiler(SchemaResolver resolver) {
    this(resolver, CompilerOptions.DEFAULTS);
  }

  public ResourceGroupCompiler(SchemaResolver resolver, CompilerOptions options) {
    this.pipeline = new CompilePipeline(resolver, options);
  }

  /**
   * Compiles YAML text holding one ResourceGroup; {@code name} names it in errors (a file name).
   */
  public CompileResult compile(String name, String yaml) {
    try {
      return compile(new YamlSourceReader().readSingle(name, yaml));
    } catch (YamlSyntaxException e) {
      return CompileResult.failed(List.of(e.error()));
    }
  }

  /** Compiles a parsed document; errors carry their line and column in it. */
  public CompileResult compile(SourceDocument document) {
    return guarded(
        () -> {
          ResourceGroupReader.ReadResult read = reader.read(document);
          if (read.resourceGroup().isEmpty()) {
            return CompileResult.failed(read.errors());
          }
          return pipeline.compile(read.resourceGroup().get(), document.sourceMap());
        });
  }

  /** Compiles a ResourceGroup that has no source text, e.g. one read from the cluster. */
  public CompileResult compile(ResourceGroup resourceGroup) {
    return guarded(() -> pipeline.compile(resourceGroup, SourceMap.NONE));
  }

  /**
   * A failure inside the compiler is a bug, but it must not take the controller or the console down
   * with it: it becomes an error value that names what went wrong.
   */
  private static CompileResult guarded(Supplier<CompileResult> compilation) {
    try {
      return compilation.get();
    } catch (RuntimeException | StackOverflowError e) {
      return CompileResult.failed(
          List.of(
              CompileError.of(
                  Stage.MODEL,
                  "",
                  "internal error while compiling (please report it): "
                      + e.getClass().getSimpleName()
                      + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
    }
  }
}
