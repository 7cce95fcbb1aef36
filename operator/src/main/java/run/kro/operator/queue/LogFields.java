package run.kro.operator.queue;

import java.util.Map;

/**
 * A key that names what it is about in logs: while a worker reconciles it, these fields are in the
 * logging context (SLF4J MDC), so every line about it — in plain text with a pattern, or as fields
 * of JSON logs — says which object.
 */
public interface LogFields {

  Map<String, String> logFields();
}
