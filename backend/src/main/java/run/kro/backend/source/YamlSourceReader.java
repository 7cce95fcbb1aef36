package run.kro.backend.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import run.kro.backend.diagnostics.CompileError;
import run.kro.backend.diagnostics.SourcePosition;
import run.kro.backend.diagnostics.Stage;

/**
 * Reads YAML text (one or more documents) into JSON trees, remembering the line and column of every
 * key and value. Bounded: texts over {@link #MAX_CHARS} and nesting deeper than {@link #MAX_DEPTH}
 * are refused with a clear error instead of exhausting memory or the stack. Duplicate keys are
 * errors, as the API server treats them. A key with nothing after the colon is null, as in YAML
 * (and Go's YAML readers), not an empty string; {@code ""} stays a string.
 */
public final class YamlSourceReader {

  public static final int MAX_CHARS = 8 * 1024 * 1024;
  public static final int MAX_DEPTH = 100;

  private final ObjectMapper mapper;

  public YamlSourceReader() {
    LoaderOptions options = new LoaderOptions();
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CHARS);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            // Named although it is on by default: this builder does not apply the parser's default
            // features.
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.mapper = new ObjectMapper(factory);
  }

  /**
   * Every non-empty document of {@code text}; {@code name} is the file name used in error messages.
   */
  public List<SourceDocument> read(String name, String text) throws YamlSyntaxException {
    if (text.length() > MAX_CHARS) {
      throw syntaxError(
          String.format(
              "file is too large: %,d characters, the limit is %,d", text.length(), MAX_CHARS),
          null);
    }
    String[] lines = text.split("\r?\n", -1);
    List<SourceDocument> documents = new ArrayList<>();
    try (JsonParser raw = mapper.getFactory().createParser(text)) {
      PositionRecorder recorder = new PositionRecorder(raw);
      MappingIterator<JsonNode> iterator = mapper.readValues(recorder, JsonNode.class);
      while (iterator.hasNextValue()) {
        JsonNode root = iterator.nextValue();
        if (!isEmpty(root)) {
          documents.add(
              new SourceDocument(name, root, new SourceMap(recorder.values, recorder.keys, lines)));
        }
        recorder.startNextDocument();
      }
    } catch (JacksonException e) {
      throw syntaxError(describe(e), e.getLocation());
    } catch (IOException | RuntimeException e) {
      throw syntaxError(rootMessage(e), null);
    }
    return documents;
  }

  /**
   * Exactly one document, for inputs such as the console's editor that hold a single ResourceGroup.
   */
  public SourceDocument readSingle(String name, String text) throws YamlSyntaxException {
    List<SourceDocument> documents = read(name, text);
    if (documents.isEmpty()) {
      throw syntaxError("the file is empty: expected a YAML document", null);
    }
    if (documents.size() > 1) {
      throw syntaxError("expected one YAML document, found " + documents.size(), null);
    }
    return documents.get(0);
  }

  /** A bare {@code ---} with nothing after it reads as an empty string; it is no document. */
  private static boolean isEmpty(JsonNode root) {
    return root == null
        || root.isNull()
        || root.isMissingNode()
        || (root.isTextual() && root.asText().isEmpty());
  }

  private static String describe(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message != null && message.contains("Nesting Depth exceeded")) {
      return "the document nests deeper than " + MAX_DEPTH + " levels";
    }
    if (message != null
        && message.contains("nesting depth")
        && message.contains("exceeds the maximum")) {
      return "the document nests deeper than " + MAX_DEPTH + " levels";
    }
    if (message != null && message.contains("The incoming YAML document exceeds the limit")) {
      return String.format("file is too large: the limit is %,d characters", MAX_CHARS);
    }
    return firstLine(rootMessage(e));
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root instanceof JacksonException j ? j.getOriginalMessage() : root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }

  private static String firstLine(String message) {
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    return "invalid YAML: " + (newline < 0 ? trimmed : trimmed.substring(0, newline));
  }

  private static YamlSyntaxException syntaxError(String message, JsonLocation location) {
    Optional<SourcePosition> position =
        Optional.ofNullable(location)
            .filter(l -> l.getLineNr() > 0)
            .map(l -> new SourcePosition(l.getLineNr(), Math.max(1, l.getColumnNr())));
    return new YamlSyntaxException(
        new CompileError(Stage.YAML, Optional.empty(), "", message, position));
  }

  /** Sees every token on its way to the tree builder and notes where it started. */
  private static final class PositionRecorder extends JsonParserDelegate {
    private Map<String, SourcePosition> values = new HashMap<>();
    private Map<String, SourcePosition> keys = new HashMap<>();

    PositionRecorder(JsonParser parser) {
      super(parser);
    }

    void startNextDocument() {
      values = new HashMap<>();
      keys = new HashMap<>();
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = super.nextToken();
      if (token == null || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        return token;
      }
      JsonStreamContext context = getParsingContext();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        context = context.getParent();
      }
      JsonLocation location = currentTokenLocation();
      if (location.getLineNr() > 0) {
        SourcePosition position =
            new SourcePosition(location.getLineNr(), Math.max(1, location.getColumnNr()));
        String pointer = context.pathAsPointer().toString();
        (token == JsonToken.FIELD_NAME ? keys : values).putIfAbsent(pointer, position);
      }
      return token;
    }
  }
}
