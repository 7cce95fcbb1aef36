package run.kro.backend.cluster;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import run.kro.backend.api.KroMetadata;

/**
 * The GraphRevision kind (docs/revisions.md#the-model): one immutable, cluster-scoped object per
 * accepted spec of a ResourceGroup, which the controller issues and the console reads.
 */
public final class GraphRevisionKind {

  public static final ResourceDefinitionContext CONTEXT =
      new ResourceDefinitionContext.Builder()
          .withGroup("internal.kro.run")
          .withVersion("v1alpha1")
          .withKind("GraphRevision")
          .withPlural("graphrevisions")
          .withNamespaced(false)
          .build();

  /**
   * The label that tells a ResourceGroup's revisions from a ResourceGraphDefinition's of the same
   * name.
   */
  public static final String OWNER_KIND = KroMetadata.INTERNAL_PREFIX + "owner-kind";

  private GraphRevisionKind() {}
}
