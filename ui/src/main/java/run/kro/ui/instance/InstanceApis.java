package run.kro.ui.instance;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import run.kro.backend.api.CompileResult;
import run.kro.backend.api.CompiledResourceGroup;
import run.kro.backend.kinds.GroupVersionKind;
import run.kro.backend.model.ResourceGroupKind;
import run.kro.backend.model.Schema;
import run.kro.ui.base.ClusterAccess;
import run.kro.ui.rg.ApiErrorText;
import run.kro.ui.rg.ResourceGroupCatalog;
import run.kro.ui.rg.ResourceGroupSummary;
import run.kro.ui.rg.ValidationService;

/**
 * Finds the API a ResourceGroup generates (its stored object, then the CRD the controller created
 * for it) and compiles the ResourceGroup with the console's compiler, for the services that read
 * and write instances.
 */
@Service
public class InstanceApis {

  private static final String NAMESPACED = "Namespaced";

  private final ClusterAccess cluster;
  private final ResourceGroupCatalog catalog;
  private final ValidationService validation;

  public InstanceApis(
      ClusterAccess cluster, ResourceGroupCatalog catalog, ValidationService validation) {
    this.cluster = cluster;
    this.catalog = catalog;
    this.validation = validation;
  }

  /** One per ResourceGroup whose generated CRD exists, in the catalog's order. */
  public List<ApiSummary> list() {
    Map<String, CustomResourceDefinition> crds = crds();
    List<ApiSummary> apis = new ArrayList<>();
    for (ResourceGroupSummary rg :
        resourceGroups().stream().filter(ResourceGroupSummary::definesItsKind).toList()) {
      String group =
          rg.instanceApiVersion().contains("/")
              ? rg.instanceApiVersion().substring(0, rg.instanceApiVersion().indexOf('/'))
              : Schema.DEFAULT_GROUP;
      Optional.ofNullable(crds.get(key(group, rg.instanceKind())))
          .ifPresent(
              crd ->
                  apis.add(
                      new ApiSummary(
                          rg.name(),
                          rg.instanceKind(),
                          rg.instanceApiVersion(),
                          crd.getSpec().getNames().getPlural(),
                          crd.getSpec().getScope(),
                          rg.description(),
                          rg.instanceCount())));
    }
    return apis;
  }

  /**
   * The installed API of ResourceGroup {@code rgName} (a ResourceGroup of that name first, else a
   * ResourceGraphDefinition).
   *
   * @throws InstanceApiException when there is no such ResourceGroup, or its CRD or version is not
   *     installed
   */
  public InstanceApi resolve(String rgName) {
    for (ResourceGroupKind kind : ResourceGroupKind.values()) {
      Optional<GenericKubernetesResource> stored = stored(kind, rgName);
      if (stored.isPresent()) {
        return api(kind, stored.get());
      }
    }
    throw new InstanceApiException(
        "there is no ResourceGroup or ResourceGraphDefinition named \"" + rgName + "\"");
  }

  /**
   * The ResourceGroup as the console's compiler compiles it now.
   *
   * @throws InstanceApiException naming the first error when it does not compile
   */
  public CompiledResourceGroup compile(InstanceApi api) {
    String yaml =
        catalog
            .yaml(api.sourceKind().kind(), api.resourceGroup())
            .orElseThrow(
                () ->
                    new InstanceApiException(
                        api.sourceKind().kind() + " \"" + api.resourceGroup() + "\" was deleted"));
    CompileResult result = validation.compile(yaml);
    return result
        .compiled()
        .orElseThrow(
            () ->
                new InstanceApiException(
                    api.sourceKind().kind()
                        + " \""
                        + api.resourceGroup()
                        + "\" does not compile: "
                        + result.errors().stream()
                            .findFirst()
                            .map(e -> e.describe())
                            .orElse("unknown error")));
  }

  private InstanceApi api(ResourceGroupKind kind, GenericKubernetesResource rg) {
    String name = rg.getMetadata().getName();
    String group = text(rg.get("spec", "schema", "group")).orElse(Schema.DEFAULT_GROUP);
    String version = text(rg.get("spec", "schema", "apiVersion")).orElse("");
    String instanceKind =
        text(rg.get("spec", "schema", "kind"))
            .orElseThrow(
                () ->
                    new InstanceApiException(
                        kind.kind() + " \"" + name + "\" has no spec.schema.kind"));
    CustomResourceDefinition crd =
        Optional.ofNullable(crds().get(key(group, instanceKind)))
            .orElseThrow(
                () ->
                    new InstanceApiException(
                        "the API "
                            + instanceKind
                            + "."
                            + group
                            + " of "
                            + kind.kind()
                            + " \""
                            + name
                            + "\" is not installed yet: the controller creates its CRD once the "
                            + kind.kind()
                            + " is active"));
    boolean served =
        crd.getSpec().getVersions().stream()
            .anyMatch(v -> v.getName().equals(version) && Boolean.TRUE.equals(v.getServed()));
    if (!served) {
      throw new InstanceApiException(
          "the CRD "
              + crd.getMetadata().getName()
              + " does not serve version "
              + version
              + " of "
              + kind.kind()
              + " \""
              + name
              + "\" yet");
    }
    Map<String, String> annotations =
        Optional.ofNullable(rg.getMetadata().getAnnotations()).orElse(Map.of());
    return new InstanceApi(
        name,
        kind,
        new GroupVersionKind(group, version, instanceKind),
        crd.getSpec().getNames().getPlural(),
        NAMESPACED.equals(crd.getSpec().getScope()),
        Optional.ofNullable(annotations.get(ResourceGroupCatalog.DESCRIPTION_ANNOTATION))
            .filter(d -> !d.isBlank()));
  }

  private List<ResourceGroupSummary> resourceGroups() {
    try {
      return catalog.list();
    } catch (KubernetesClientException e) {
      throw new InstanceApiException("cannot list ResourceGroups: " + ApiErrorText.of(e));
    }
  }

  private Optional<GenericKubernetesResource> stored(ResourceGroupKind kind, String name) {
    ResourceDefinitionContext context =
        new ResourceDefinitionContext.Builder()
            .withGroup(ResourceGroupKind.GROUP)
            .withVersion(ResourceGroupKind.VERSION)
            .withKind(kind.kind())
            .withPlural(kind.plural())
            .withNamespaced(false)
            .build();
    try {
      return Optional.ofNullable(
          cluster.client().genericKubernetesResources(context).withName(name).get());
    } catch (KubernetesClientException e) {
      throw new InstanceApiException(
          "cannot read " + kind.kind() + " \"" + name + "\": " + ApiErrorText.of(e));
    }
  }

  private Map<String, CustomResourceDefinition> crds() {
    try {
      return cluster
          .client()
          .apiextensions()
          .v1()
          .customResourceDefinitions()
          .list()
          .getItems()
          .stream()
          .collect(
              Collectors.toMap(
                  crd -> key(crd.getSpec().getGroup(), crd.getSpec().getNames().getKind()),
                  Function.identity(),
                  (a, b) -> a));
    } catch (KubernetesClientException e) {
      if (e.getCode() == ApiErrorText.NOT_FOUND) {
        return Map.of(); // a server that serves no CRD at all
      }
      throw new InstanceApiException("cannot list CRDs: " + ApiErrorText.of(e));
    }
  }

  private static String key(String group, String kind) {
    return kind + "." + group;
  }

  private static Optional<String> text(Object value) {
    return value instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty();
  }
}
