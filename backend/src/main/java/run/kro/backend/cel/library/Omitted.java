package run.kro.backend.cel.library;

/**
 * The value of {@code omit()}. It is no CEL value: no operator or function accepts it (adding it to
 * a string fails with "no matching overload"), it only travels to the field it removes.
 */
public enum Omitted {
  VALUE;

  @Override
  public String toString() {
    return "omit()";
  }
}
