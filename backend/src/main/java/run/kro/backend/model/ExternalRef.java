package run.kro.backend.model;

/** An existing object the graph reads but never writes, found by name or by label selector. */
public record ExternalRef(String apiVersion, String kind, ExternalRefMetadata metadata) {}
