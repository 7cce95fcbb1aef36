package run.kro.backend.cel;

import dev.cel.bundle.CelBuilder;

/** kro's CEL function libraries (§3.7): hash, json, random, map merge and list index functions. */
public final class KroFunctions {

  private KroFunctions() {}

  static void addTo(CelBuilder builder) {
    // The libraries are added here as they land (see run.kro.backend.cel.library).
  }
}
