package run.kro.operator.faults;

/** The kinds of fault {@link FaultyApiServer} injects, each counted. */
enum Fault {
  /** Answered 500 with a Status body (fabric8 retries these itself, then the controller does). */
  SERVER_ERROR(500, "InternalError"),
  /** Answered 409 Conflict with a Status body, as when the object changed meanwhile. */
  CONFLICT(409, "Conflict"),
  /**
   * Answered 429 with {@code Retry-After: 1}, as a server under load or priority-and-fairness
   * would.
   */
  TOO_MANY_REQUESTS(429, "TooManyRequests"),
  /** The response arrives 50–500 ms late. */
  SLOW_RESPONSE(0, ""),
  /** A watch request answered by closing its connection. */
  WATCH_REFUSED(0, ""),
  /** An open watch connection cut after a short while. */
  WATCH_CUT(0, "");

  private final int code;
  private final String reason;

  Fault(int code, String reason) {
    this.code = code;
    this.reason = reason;
  }

  int code() {
    return code;
  }

  String reason() {
    return reason;
  }

  static Fault ofCode(int code) {
    for (Fault fault : values()) {
      if (fault.code == code && code != 0) {
        return fault;
      }
    }
    throw new IllegalArgumentException("no fault answers HTTP " + code);
  }
}
