package run.kro.ui.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;

/**
 * The search box of list pages: filters as the user types (lazily), clearable, labelled for screen
 * readers.
 */
public class SearchField extends TextField {

  public SearchField(String placeholder, Runnable onChange) {
    setPlaceholder(placeholder);
    setAriaLabel(placeholder);
    setPrefixComponent(VaadinIcon.SEARCH.create());
    setValueChangeMode(ValueChangeMode.LAZY);
    setClearButtonVisible(true);
    addValueChangeListener(e -> onChange.run());
  }

  /**
   * Whether {@code text} contains what was typed, ignoring case and surrounding blanks (always,
   * when empty).
   */
  public boolean matches(String text) {
    String wanted = getValue().strip().toLowerCase(Locale.ROOT);
    return wanted.isEmpty() || text.toLowerCase(Locale.ROOT).contains(wanted);
  }
}
