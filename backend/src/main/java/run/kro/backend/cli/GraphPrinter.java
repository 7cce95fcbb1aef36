package run.kro.backend.cli;

import java.util.ArrayList;
import java.util.List;
import run.kro.backend.api.CompiledResource;
import run.kro.backend.api.CompiledResourceGroup;

/** Prints a compiled graph as text (order, dependencies, waves) or as Graphviz DOT. */
final class GraphPrinter {

  private GraphPrinter() {}

  static String text(CompiledResourceGroup rg) {
    StringBuilder out = new StringBuilder();
    out.append(rg.instanceKind().kind())
        .append(" (")
        .append(rg.instanceKind().apiVersion())
        .append(")\n");
    out.append("topological order: ")
        .append(String.join(", ", rg.graph().topologicalOrder()))
        .append('\n');
    for (CompiledResource resource : rg.inTopologicalOrder()) {
      out.append(
          String.format(
              "  %-24s %-40s wave %d%s%n",
              resource.id(),
              resource.gvk().groupKind(),
              resource.deletionWave(),
              markers(resource)));
      for (String dependency : rg.graph().dependenciesOf(resource.id())) {
        out.append("    depends on ").append(dependency).append('\n');
      }
    }
    return out.toString();
  }

  static String dot(CompiledResourceGroup rg) {
    StringBuilder out =
        new StringBuilder("digraph \"").append(rg.instanceKind().kind()).append("\" {\n");
    out.append("  rankdir=LR;\n  node [shape=box, fontname=\"sans-serif\"];\n");
    for (CompiledResource resource : rg.inTopologicalOrder()) {
      out.append(
          String.format(
              "  \"%s\" [label=\"%s\\n%s%s\"%s];%n",
              resource.id(),
              resource.id(),
              resource.gvk().kind(),
              markers(resource),
              resource.shape().isExternal() ? ", style=dashed" : ""));
    }
    for (CompiledResource resource : rg.inTopologicalOrder()) {
      for (String dependency : rg.graph().dependenciesOf(resource.id())) {
        out.append(String.format("  \"%s\" -> \"%s\";%n", dependency, resource.id()));
      }
    }
    return out.append("}\n").toString();
  }

  private static String markers(CompiledResource resource) {
    List<String> markers = new ArrayList<>();
    if (!resource.includeWhen().isEmpty()) {
      markers.add("includeWhen");
    }
    if (!resource.readyWhen().isEmpty()) {
      markers.add("readyWhen");
    }
    if (resource.shape().isExternal()) {
      markers.add("externalRef");
    }
    if (!resource.forEach().isEmpty()) {
      markers.add("forEach");
    }
    return markers.isEmpty() ? "" : " [" + String.join(", ", markers) + "]";
  }
}
