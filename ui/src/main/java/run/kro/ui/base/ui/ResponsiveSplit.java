package run.kro.ui.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.shared.Registration;

/**
 * Two panes side by side on wide windows and stacked on narrow ones (phones, split screens),
 * switching as the window is resized.
 */
public class ResponsiveSplit extends SplitLayout {

  private static final int NARROW_PX = 900;

  private Registration resizing;

  public ResponsiveSplit(Component primary, Component secondary, double primaryPercent) {
    super(primary, secondary);
    setSplitterPosition(primaryPercent);
    setSizeFull();
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    attach
        .getUI()
        .getPage()
        .retrieveExtendedClientDetails(details -> fit(details.getWindowInnerWidth()));
    resizing = attach.getUI().getPage().addBrowserWindowResizeListener(e -> fit(e.getWidth()));
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    resizing.remove();
  }

  private void fit(int windowWidth) {
    setOrientation(windowWidth < NARROW_PX ? Orientation.VERTICAL : Orientation.HORIZONTAL);
  }
}
