package run.kro.ui.instance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;

/** The route parameters of the instance pages, in one place so that links and views agree. */
final class InstanceRoutes {

  static final String RG = "rg";
  static final String NAMESPACE = "namespace";
  static final String NAME = "name";

  /** Cluster-scoped instances have no namespace; this stands in for it in their addresses. */
  static final String CLUSTER_SCOPE = "_";

  private InstanceRoutes() {}

  static RouteParameters api(String rg) {
    return new RouteParameters(RG, rg);
  }

  static RouteParameters instance(String rg, String namespace, String name) {
    return new RouteParameters(
        Map.of(RG, rg, NAMESPACE, namespace.isEmpty() ? CLUSTER_SCOPE : namespace, NAME, name));
  }

  /** Opens the page of instance {@code namespace/name} in the UI that {@code from} belongs to. */
  static void openInstance(Component from, String rg, String namespace, String name) {
    from.getUI().ifPresent(ui -> ui.navigate(InstanceView.class, instance(rg, namespace, name)));
  }

  static String namespaceOf(String routeValue) {
    return CLUSTER_SCOPE.equals(routeValue) ? "" : routeValue;
  }
}
