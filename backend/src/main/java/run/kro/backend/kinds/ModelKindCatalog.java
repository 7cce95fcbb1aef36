package run.kro.backend.kinds;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds the fabric8 model jars on the class path declare: every class in their {@code
 * META-INF/services/io.fabric8.kubernetes.api.model.KubernetesResource} lists that is an object
 * with metadata (lists, options and other helper types are left out). Group and version come from
 * the classes' {@code @Group} and {@code @Version} annotations, the kind from {@code @Kind} or the
 * class name, as fabric8 itself reads them.
 */
final class ModelKindCatalog {

  static final String SERVICE_FILE = "META-INF/services/" + KubernetesResource.class.getName();

  private ModelKindCatalog() {}

  /**
   * Every kind with its model class; fails loudly when a listed class is missing or two classes
   * claim one kind.
   */
  static Map<GroupVersionKind, Class<? extends HasMetadata>> load(ClassLoader loader) {
    Map<GroupVersionKind, Class<? extends HasMetadata>> kinds = new HashMap<>();
    try {
      for (URL serviceFile : Collections.list(loader.getResources(SERVICE_FILE))) {
        readServiceFile(serviceFile, loader, kinds);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fabric8 model service files", e);
    }
    return Map.copyOf(kinds);
  }

  private static void readServiceFile(
      URL serviceFile,
      ClassLoader loader,
      Map<GroupVersionKind, Class<? extends HasMetadata>> kinds)
      throws IOException {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(serviceFile.openStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String className = line.replaceFirst("#.*", "").strip();
        if (!className.isEmpty()) {
          modelClass(className, loader, serviceFile).ifPresent(type -> register(type, kinds));
        }
      }
    }
  }

  private static Optional<Class<? extends HasMetadata>> modelClass(
      String className, ClassLoader loader, URL serviceFile) {
    Class<?> type;
    try {
      type = Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          "fabric8 model class "
              + className
              + " listed in "
              + serviceFile
              + " cannot be loaded: "
              + e,
          e);
    }
    return HasMetadata.class.isAssignableFrom(type)
        ? Optional.of(type.asSubclass(HasMetadata.class))
        : Optional.empty();
  }

  private static void register(
      Class<? extends HasMetadata> type,
      Map<GroupVersionKind, Class<? extends HasMetadata>> kinds) {
    GroupVersionKind gvk =
        new GroupVersionKind(
            HasMetadata.getGroup(type), HasMetadata.getVersion(type), HasMetadata.getKind(type));
    Class<? extends HasMetadata> previous = kinds.putIfAbsent(gvk, type);
    if (previous != null && previous != type) {
      throw new IllegalStateException(
          "two fabric8 model classes claim "
              + gvk
              + ": "
              + previous.getName()
              + " and "
              + type.getName());
    }
  }
}
