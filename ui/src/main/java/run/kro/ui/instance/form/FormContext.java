package run.kro.ui.instance.form;

/**
 * What every editor of one form shares: the mode and whom to tell when the user changed a value.
 */
record FormContext(FormMode mode, Runnable onUserChange) {

  void changed() {
    onUserChange.run();
  }
}
