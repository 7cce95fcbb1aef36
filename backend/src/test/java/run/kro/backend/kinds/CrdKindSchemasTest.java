package run.kro.backend.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrdKindSchemasTest {

  private static final GroupVersionKind WIDGET = new GroupVersionKind("example.com", "v1", "Widget");

  @Test
  void readsServedVersionsOfCrdFiles() throws Exception {
    CrdKindSchemas crds = CrdKindSchemas.fromFiles(Path.of(getClass().getResource("/kinds/widgets.yaml").toURI()));
    KindSchema widget = crds.resolve(WIDGET).orElseThrow();
    assertThat(widget.namespaced()).isFalse();
    assertThat(widget.schema().getProperties()).containsKeys("apiVersion", "kind", "metadata", "spec");
    assertThat(widget.schema().getProperties().get("spec").getProperties().get("size").getType()).isEqualTo("integer");
    assertThat(crds.resolve(new GroupVersionKind("example.com", "v0", "Widget"))).isEmpty();
  }

  @Test
  void readsEveryFileUnderAFolder(@TempDir Path folder) throws Exception {
    Files.copy(Path.of(getClass().getResource("/kinds/widgets.yaml").toURI()), folder.resolve("a.yaml"));
    Files.writeString(folder.resolve("notes.txt"), "not yaml: [");
    assertThat(CrdKindSchemas.fromFiles(folder).resolve(WIDGET)).isPresent();
  }

  @Test
  void namesTheFileItCannotRead(@TempDir Path folder) throws Exception {
    Path broken = Files.writeString(folder.resolve("broken.yaml"), "a: [1, 2\n");
    assertThatThrownBy(() -> CrdKindSchemas.fromFiles(broken))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("broken.yaml");
  }

  @Test
  void composesSourcesInOrder() throws Exception {
    CrdKindSchemas crds = CrdKindSchemas.fromFiles(Path.of(getClass().getResource("/kinds/widgets.yaml").toURI()));
    CompositeSchemaResolver resolver = new CompositeSchemaResolver(List.of(crds, BuiltinKindSchemas.instance()));
    assertThat(resolver.resolve(WIDGET)).isPresent();
    assertThat(resolver.resolve(new GroupVersionKind("", "v1", "ConfigMap"))).isPresent();
    assertThat(resolver.resolve(new GroupVersionKind("example.com", "v9", "Nothing"))).isEmpty();
  }
}
