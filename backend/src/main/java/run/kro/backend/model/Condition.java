package run.kro.backend.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A status condition, as Kubernetes defines it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Condition(
    String type, String status, String reason, String message, String lastTransitionTime, long observedGeneration) {}
