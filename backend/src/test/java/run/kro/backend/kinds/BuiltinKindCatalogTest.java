package run.kro.backend.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Guard: every object kind the fabric8 model jars list as a service must derive to an object schema
 * with metadata, so a model class the deriver cannot handle fails here rather than in a user's
 * compile.
 */
class BuiltinKindCatalogTest {

  @Test
  void resolvesEveryKindTheModelJarsList() {
    List<Class<?>> modelKinds =
        ServiceLoader.load(KubernetesResource.class).stream()
            .map(ServiceLoader.Provider::type)
            .filter(HasMetadata.class::isAssignableFrom)
            .distinct()
            .<Class<?>>map(type -> type)
            .toList();
    BuiltinKindSchemas builtin = new BuiltinKindSchemas();

    assertThat(modelKinds).hasSizeGreaterThan(150);
    for (Class<?> type : modelKinds) {
      GroupVersionKind gvk =
          new GroupVersionKind(
              HasMetadata.getGroup(type), HasMetadata.getVersion(type), HasMetadata.getKind(type));
      KindSchema kind =
          builtin.resolve(gvk).orElseThrow(() -> new AssertionError("no schema for " + type));
      JSONSchemaProps metadata = kind.schema().getProperties().get("metadata");

      assertThat(kind.schema().getType()).as("%s type", gvk).isEqualTo("object");
      assertThat(metadata).as("%s metadata", gvk).isNotNull();
      assertThat(metadata.getProperties())
          .as("%s metadata properties", gvk)
          .containsKeys("name", "labels");
      assertThat(kind.namespaced())
          .as("%s namespaced", gvk)
          .isEqualTo(Namespaced.class.isAssignableFrom(type));
    }
    assertThat(builtin.kinds()).hasSize(modelKinds.size());
  }
}
