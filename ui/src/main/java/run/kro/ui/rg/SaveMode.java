package run.kro.ui.rg;

/** Whether saving a ResourceGroup creates it or updates the one stored under its kind and name. */
public enum SaveMode {
  CREATE,
  UPDATE
}
