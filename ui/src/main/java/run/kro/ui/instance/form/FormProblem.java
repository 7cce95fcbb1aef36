package run.kro.ui.instance.form;

/**
 * A value the form would not submit: the field's path from the instance root ({@code
 * spec.ports[1].name}) and why.
 */
public record FormProblem(String path, String message) {

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
