package run.kro.backend.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class BuiltinKindSchemasTest {

  private static final GroupVersionKind DEPLOYMENT =
      new GroupVersionKind("apps", "v1", "Deployment");

  private final BuiltinKindSchemas builtin = BuiltinKindSchemas.shared();

  @ParameterizedTest(name = "{0} {1} {3} is {4}")
  @CsvFileSource(resources = "/kinds/builtin-fields.csv", numLinesToSkip = 1)
  void derivesFieldShapesAndScopeFromTheFabric8Model(
      String apiVersion, String kind, boolean namespaced, String path, String shape) {
    KindSchema schema = resolve(apiVersion, kind);

    assertThat(schema.namespaced()).as("namespaced").isEqualTo(namespaced);
    assertThat(SchemaShape.describe(SchemaShape.at(schema.schema(), path))).isEqualTo(shape);
  }

  @Test
  void describesTheWholeObjectWithoutJacksonsAnySetterMap() {
    JSONSchemaProps deployment = builtin.resolve(DEPLOYMENT).orElseThrow().schema();

    assertThat(deployment.getType()).isEqualTo("object");
    assertThat(deployment.getProperties())
        .containsOnlyKeys("apiVersion", "kind", "metadata", "spec", "status");
    assertThat(SchemaShape.at(deployment, "metadata").getProperties())
        .containsKeys("name", "namespace", "labels", "annotations", "ownerReferences")
        .doesNotContainKey("additionalProperties");
  }

  @Test
  void knowsNothingOfUnknownKindsOrUnknownVersions() {
    assertThat(builtin.resolve(new GroupVersionKind("apps", "v1", "Widget"))).isEmpty();
    assertThat(builtin.resolve(new GroupVersionKind("example.com", "v1", "Deployment"))).isEmpty();
    assertThat(builtin.resolve(new GroupVersionKind("apps", "v2", "Deployment"))).isEmpty();
    assertThat(builtin.resolve(new GroupVersionKind("", "v1", "DeploymentList"))).isEmpty();
  }

  @Test
  void leavesListsAndOptionsOutOfTheKinds() {
    assertThat(builtin.kinds())
        .contains(DEPLOYMENT, new GroupVersionKind("", "v1", "ConfigMap"))
        .doesNotContain(
            new GroupVersionKind("apps", "v1", "DeploymentList"),
            new GroupVersionKind("", "v1", "Status"),
            new GroupVersionKind("", "v1", "DeleteOptions"));
  }

  @Test
  void derivesEachKindOnceEvenWhenAskedConcurrently() throws Exception {
    BuiltinKindSchemas fresh = new BuiltinKindSchemas();
    Callable<KindSchema> task = () -> fresh.resolve(DEPLOYMENT).orElseThrow();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<KindSchema>> results =
          pool.invokeAll(IntStream.range(0, 8).mapToObj(i -> task).toList());
      KindSchema first = results.get(0).get();
      for (Future<KindSchema> result : results) {
        assertThat(result.get()).isSameAs(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void everyWireFormatOverrideNamesAPropertyJacksonSees() {
    ObjectMapper mapper = new ObjectMapper();
    for (WireFormats.FormatOverride override : WireFormats.OVERRIDES) {
      BeanDescription bean =
          mapper.getSerializationConfig().introspect(mapper.constructType(override.owner()));
      assertThat(bean.findProperties().stream().map(BeanPropertyDefinition::getName))
          .as("%s has a property %s", override.owner().getName(), override.property())
          .contains(override.property());
    }
  }

  private KindSchema resolve(String apiVersion, String kind) {
    GroupVersionKind gvk = GroupVersionKind.fromApiVersion(apiVersion, kind).orElseThrow();
    return builtin
        .resolve(gvk)
        .orElseThrow(() -> new AssertionError("no built-in schema for " + gvk));
  }
}
