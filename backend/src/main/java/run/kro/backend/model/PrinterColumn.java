package run.kro.backend.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An additional printer column of the generated CRD. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PrinterColumn(
    String name, String type, String format, String description, int priority, String jsonPath) {}
