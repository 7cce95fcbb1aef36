package run.kro.backend.schema;

import java.util.Locale;
import org.atteo.evo.inflector.English;

/**
 * The plural resource name of a kind, as kro names generated CRDs: the lowercased kind, pluralized
 * in English.
 */
public final class Plurals {

  private Plurals() {}

  public static String of(String kind) {
    return English.plural(kind.toLowerCase(Locale.ROOT));
  }
}
