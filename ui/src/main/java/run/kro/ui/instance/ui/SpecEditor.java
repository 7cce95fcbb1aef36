package run.kro.ui.instance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import run.kro.ui.base.ui.Notices;
import run.kro.ui.base.ui.YamlEditor;
import run.kro.ui.instance.InstanceDocument;
import run.kro.ui.instance.form.FormMode;
import run.kro.ui.instance.form.FormProblem;
import run.kro.ui.instance.form.SchemaForm;

/**
 * An instance as a form generated from its API's schema, or as YAML; switching keeps the data both
 * ways. Fields the form cannot show are named in a notice and kept unchanged. The name and
 * namespace are edited beside it, by the view, which hears them when the user leaves the YAML. It
 * knows whether the user changed anything since it opened.
 */
class SpecEditor extends Composite<VerticalLayout> {

  private final Tab formTab = new Tab("Form");
  private final Tab yamlTab = new Tab("YAML");
  private final Tabs tabs = new Tabs(formTab, yamlTab);
  private final SchemaForm form;
  private final YamlEditor yaml = new YamlEditor("Instance YAML");
  private final Div unsupported = new Div();
  private final Consumer<InstanceDocument> onYamlLeft;
  private final InstanceDocument opened;
  private InstanceDocument document;
  private boolean reverting;

  /**
   * {@code onYamlLeft} hears the document when the user leaves the YAML, where the name and
   * namespace may have been changed.
   */
  SpecEditor(
      JSONSchemaProps specSchema,
      FormMode mode,
      InstanceDocument initial,
      Consumer<InstanceDocument> onYamlLeft) {
    this.onYamlLeft = onYamlLeft;
    this.form = new SchemaForm(specSchema, mode);
    form.setValue(initial.spec());
    // As the form shows it (defaults filled in), so that opening and leaving is not a change.
    this.opened = initial.withSpec(form.value());
    this.document = opened;
    form.addSpecChangeListener(e -> document = document.withSpec(form.value()));
    yaml.setHeight("60vh");
    yaml.setWidthFull();
    yaml.setVisible(false);
    tabs.setId("spec-tabs");
    unsupported.addClassName("kro-callout");
    unsupported.setId("unsupported-fields");
    List<String> paths = form.unsupportedPaths();
    unsupported.setText("These fields can only be edited as YAML: " + String.join(", ", paths));
    unsupported.setVisible(!paths.isEmpty());
    tabs.addSelectedChangeListener(e -> switchTo(e.getSelectedTab(), e.getPreviousTab()));
    getContent().setPadding(false);
    getContent().add(tabs, unsupported, form, yaml);
  }

  /**
   * The instance as it is now in whichever view is shown; {@code action} gets it, or nothing when
   * it cannot be read.
   */
  void withDocument(Consumer<InstanceDocument> action) {
    if (tabs.getSelectedTab() == formTab) {
      document = document.withSpec(form.value());
      action.accept(document);
      return;
    }
    yaml.withCurrentText(
        text ->
            parsed(text)
                .ifPresent(
                    parsed -> {
                      document = parsed;
                      action.accept(document);
                    }));
  }

  /**
   * Problems the browser-side checks find in the form (none while YAML is shown: the server checks
   * it).
   */
  List<FormProblem> validate() {
    return tabs.getSelectedTab() == formTab ? form.validate() : List.of();
  }

  /**
   * Whether the instance differs from what was opened: the form's values, or the YAML as it last
   * reached the server (YAML that cannot be read counts as changed when its text differs).
   */
  boolean changed() {
    if (tabs.getSelectedTab() == formTab) {
      return !document.withSpec(form.value()).object().equals(opened.object());
    }
    InstanceDocument.Parsed parsed = InstanceDocument.parse(yaml.getValue());
    return parsed
        .document()
        .map(d -> !d.object().equals(opened.object()))
        .orElse(!yaml.getValue().equals(opened.yaml()));
  }

  void rename(String name) {
    document = document.withName(name);
    if (tabs.getSelectedTab() == yamlTab) {
      yaml.setValue(document.yaml());
    }
  }

  private void switchTo(Tab selected, Tab previous) {
    if (reverting) {
      return;
    }
    if (selected == yamlTab) {
      document = document.withSpec(form.value());
      yaml.setValue(document.yaml());
      showForm(false);
      return;
    }
    // The text as it is in the browser now: the last keys may not have reached the server yet.
    yaml.withCurrentText(
        text -> {
          Optional<InstanceDocument> parsed = parsed(text);
          if (parsed.isEmpty()) {
            // Back to the YAML as the user left it, so they can fix it.
            reverting = true;
            tabs.setSelectedTab(previous);
            reverting = false;
            return;
          }
          document = parsed.get();
          form.setValue(document.spec());
          onYamlLeft.accept(document);
          showForm(true);
        });
  }

  /** Sets the namespace the document names, as the view's picker chose it. */
  void moveTo(String namespace) {
    document = document.withNamespace(namespace);
    if (tabs.getSelectedTab() == yamlTab) {
      yaml.setValue(document.yaml());
    }
  }

  private void showForm(boolean formShown) {
    form.setVisible(formShown);
    yaml.setVisible(!formShown);
  }

  private static Optional<InstanceDocument> parsed(String text) {
    InstanceDocument.Parsed parsed = InstanceDocument.parse(text);
    parsed
        .error()
        .ifPresent(
            error -> Notices.error("Not switched to the form: " + error + ". Fix the YAML first."));
    return parsed.document();
  }
}
