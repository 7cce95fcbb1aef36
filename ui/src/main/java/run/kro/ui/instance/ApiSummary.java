package run.kro.ui.instance;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One API in the console's list: a ResourceGroup whose generated CRD exists.
 *
 * @param scope {@code Namespaced} or {@code Cluster}, as the CRD says
 */
public record ApiSummary(
    String resourceGroup,
    String kind,
    String apiVersion,
    String plural,
    String scope,
    Optional<String> description,
    OptionalLong instanceCount) {}
