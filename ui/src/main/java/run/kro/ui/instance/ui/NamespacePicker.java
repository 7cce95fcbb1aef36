package run.kro.ui.instance.ui;

import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import run.kro.ui.instance.InstanceApi;
import run.kro.ui.instance.InstanceApiException;
import run.kro.ui.instance.NamespaceChoices;
import run.kro.ui.instance.NamespaceChoices.NamespaceChoice;
import run.kro.ui.security.AccessReview;

/**
 * The namespace of an instance being created: every namespace is listed, those where the user may
 * not create the kind are disabled and the helper text says why, so that nobody has to find out by
 * trying. When editing, the instance's own namespace, fixed.
 */
class NamespacePicker extends Select<String> {

  private final NamespaceChoices namespaces;
  private final List<String> listed = new ArrayList<>();
  private final Set<String> allowed = new LinkedHashSet<>();

  NamespacePicker(NamespaceChoices namespaces) {
    this.namespaces = namespaces;
    setLabel("Namespace");
    setId("namespace");
    setItemEnabledProvider(allowed::contains);
  }

  /**
   * Lists the namespaces for creating {@code api}'s kind.
   *
   * @throws InstanceApiException when the user may create it in none
   */
  void offer(InstanceApi api) {
    List<NamespaceChoice> choices = namespaces.forCreating(api);
    choices.forEach(c -> listed.add(c.namespace()));
    choices.stream().filter(c -> c.decision().allowed()).forEach(c -> allowed.add(c.namespace()));
    setItems(listed);
    setValue(allowed.contains("default") ? "default" : allowed.stream().findFirst().orElse(null));
    List<String> refused =
        choices.stream()
            .filter(c -> !c.decision().allowed())
            .map(c -> c.decision().reason())
            .toList();
    setHelperText(refused.isEmpty() ? null : "Not offered: " + String.join("; ", refused));
    if (allowed.isEmpty()) {
      throw new InstanceApiException(
          "You may not create "
              + api.gvk().kind()
              + " in any namespace: "
              + String.join("; ", refused)
              + ". Ask your platform team for access.");
    }
  }

  /** Shows the namespace of an instance being edited, which cannot change. */
  void fixed(String namespace) {
    listed.add(namespace);
    allowed.add(namespace);
    setItems(listed);
    setValue(namespace);
    setReadOnly(true);
  }

  Optional<String> chosen() {
    return Optional.ofNullable(getValue());
  }

  /**
   * Chooses {@code wanted} (named in the YAML, perhaps not listed) when the user may create {@code
   * api}'s kind there.
   *
   * @return why it cannot be chosen, if it cannot
   */
  Optional<String> choose(InstanceApi api, String wanted) {
    if (!allowed.contains(wanted)) {
      AccessReview.Decision decision = namespaces.mayCreate(api, wanted);
      if (!decision.allowed()) {
        return Optional.of(
            "metadata.namespace is "
                + wanted
                + ", where you may not create "
                + api.gvk().kind()
                + ": "
                + decision.reason()
                + ". Use "
                + (allowed.size() == 1 ? "namespace " : "one of ")
                + String.join(", ", allowed)
                + ", or ask your platform team for access to "
                + wanted
                + ".");
      }
      allowed.add(wanted);
      if (!listed.contains(wanted)) {
        listed.add(wanted);
        setItems(listed);
      }
    }
    setValue(wanted);
    return Optional.empty();
  }
}
