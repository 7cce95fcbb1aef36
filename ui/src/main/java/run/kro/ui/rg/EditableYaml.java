package run.kro.ui.rg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.UncheckedIOException;
import run.kro.ui.base.SecretRedaction;
import run.kro.ui.base.ServerMetadata;

/**
 * A stored object as a person edits it: YAML without what the API server owns (status and the
 * bookkeeping fields of metadata), so that the save preview's diff shows only what the author
 * wrote; Secret values in templates are hidden ({@link SecretRedaction#redactTemplates}), since the
 * stored text may hold values written by someone else.
 */
final class EditableYaml {

  /**
   * Finalizers are the controller's: the console's apply does not own them, so leaving them out of
   * the text keeps them on the object.
   */
  private static final String FINALIZERS = "finalizers";

  /** Written by {@code kubectl apply}: a copy of the whole object, unreadable in an editor. */
  static final String LAST_APPLIED = SecretRedaction.LAST_APPLIED;

  private static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE));

  private EditableYaml() {}

  static String of(GenericKubernetesResource object) {
    ObjectNode tree = (ObjectNode) SecretRedaction.redactTemplates(YAML.valueToTree(object));
    tree.remove("status");
    if (tree.get("metadata") instanceof ObjectNode metadata) {
      ServerMetadata.strip(metadata, FINALIZERS);
      if (metadata.get("annotations") instanceof ObjectNode annotations) {
        annotations.remove(LAST_APPLIED);
        if (annotations.isEmpty()) {
          metadata.remove("annotations");
        }
      }
    }
    try {
      return YAML.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + object.getKind() + " as YAML", e);
    }
  }
}
