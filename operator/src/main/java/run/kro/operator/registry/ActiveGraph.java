package run.kro.operator.registry;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import run.kro.backend.api.CompiledResourceGroup;

/**
 * The graph an instance kind is reconciled with: the last accepted compilation of its ResourceGroup
 * and its revision, which increases with every accepted change of the ResourceGroup's spec.
 *
 * @param owner the ResourceGroup, e.g. {@code ResourceGroup/web-app}
 * @param instances the REST resource of the generated kind
 */
public record ActiveGraph(
    String owner,
    CompiledResourceGroup graph,
    long revision,
    String specHash,
    ResourceDefinitionContext instances) {}
