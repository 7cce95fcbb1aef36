package run.kro.backend.kinds;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in Kubernetes kinds, known offline from the fabric8 model: every model jar lists its resource classes in
 * a service file, the classes carry their group, version and kind, and {@link ModelClassSchemas} derives each schema
 * from the class's JSON binding. Indexed once, schemas built on first use; thread-safe.
 */
public final class BuiltinKindSchemas implements SchemaResolver {

  private static final String SERVICE_FILE = "META-INF/services/io.fabric8.kubernetes.api.model.KubernetesResource";
  private static final BuiltinKindSchemas INSTANCE = new BuiltinKindSchemas();

  private volatile Map<GroupVersionKind, Class<?>> index;
  private final Map<GroupVersionKind, KindSchema> schemas = new ConcurrentHashMap<>();

  private BuiltinKindSchemas() {}

  public static BuiltinKindSchemas instance() {
    return INSTANCE;
  }

  @Override
  public Optional<KindSchema> resolve(GroupVersionKind gvk) {
    Class<?> type = index().get(gvk);
    if (type == null) {
      return Optional.empty();
    }
    return Optional.of(schemas.computeIfAbsent(gvk, k -> new KindSchema(k, Namespaced.class.isAssignableFrom(type),
        ModelClassSchemas.of(type))));
  }

  /** Every built-in kind this resolver knows. */
  public Set<GroupVersionKind> kinds() {
    return Collections.unmodifiableSet(index().keySet());
  }


  private Map<GroupVersionKind, Class<?>> index() {
    Map<GroupVersionKind, Class<?>> current = index;
    if (current == null) {
      synchronized (this) {
        if (index == null) {
          index = scan();
        }
        current = index;
      }
    }
    return current;
  }

  private static Map<GroupVersionKind, Class<?>> scan() {
    Map<GroupVersionKind, Class<?>> found = new HashMap<>();
    ClassLoader loader = BuiltinKindSchemas.class.getClassLoader();
    try {
      Enumeration<URL> files = loader.getResources(SERVICE_FILE);
      while (files.hasMoreElements()) {
        try (BufferedReader lines = new BufferedReader(
            new InputStreamReader(files.nextElement().openStream(), StandardCharsets.UTF_8))) {
          lines.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .forEach(name -> register(name, loader, found));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fabric8 model's resource list", e);
    }
    return Map.copyOf(found);
  }

  private static void register(String className, ClassLoader loader, Map<GroupVersionKind, Class<?>> found) {
    try {
      Class<?> type = Class.forName(className, false, loader);
      if (!HasMetadata.class.isAssignableFrom(type) || className.endsWith("List")) {
        return;
      }
      String version = HasMetadata.getVersion(type);
      if (version == null || version.isEmpty()) {
        return;
      }
      GroupVersionKind gvk = new GroupVersionKind(HasMetadata.getGroup(type), version, HasMetadata.getKind(type));
      found.putIfAbsent(gvk, type);
    } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
      // A listed class the classpath cannot load is simply not a known kind.
    }
  }
}
