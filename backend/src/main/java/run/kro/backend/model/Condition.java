package run.kro.backend.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * A status condition, as Kubernetes defines it, serialized as kro writes it: {@code reason} and
 * {@code message} are written whenever they are set, even when empty (the root Ready condition says
 * {@code message: ""}, and clients compare that), and are left out only when unknown (null); {@code
 * lastTransitionTime} likewise; {@code observedGeneration} is left out only when zero.
 */
public record Condition(
    String type,
    String status,
    @JsonInclude(Include.NON_NULL) String reason,
    @JsonInclude(Include.NON_NULL) String message,
    @JsonInclude(Include.NON_NULL) String lastTransitionTime,
    @JsonInclude(Include.NON_DEFAULT) long observedGeneration) {}
