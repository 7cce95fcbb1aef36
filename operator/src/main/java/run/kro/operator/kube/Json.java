package run.kro.operator.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;

/** Conversion between fabric8 objects and Jackson trees, which the engine works on. */
public final class Json {

  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static ObjectNode tree(HasMetadata object) {
    return MAPPER.valueToTree(object);
  }

  public static GenericKubernetesResource generic(JsonNode tree) {
    return MAPPER.convertValue(tree, GenericKubernetesResource.class);
  }
}
