package run.kro.backend.cli;

/** The exit codes of the kro command. */
final class ExitCodes {

  static final int VALID = 0;
  static final int INVALID = 1;
  static final int USAGE = 2;

  private ExitCodes() {}
}
