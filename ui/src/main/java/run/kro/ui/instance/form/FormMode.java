package run.kro.ui.instance.form;

/**
 * Whether the form creates an instance (defaults prefilled) or edits one (immutable fields locked).
 */
public enum FormMode {
  CREATE,
  EDIT
}
