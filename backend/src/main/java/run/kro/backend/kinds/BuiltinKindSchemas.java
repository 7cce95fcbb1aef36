package run.kro.backend.kinds;

import com.google.common.base.Suppliers;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Schemas of the built-in Kubernetes kinds, derived offline from the fabric8 model classes: no
 * cluster needed. The catalog of kinds is read on first use and each kind's schema is derived when
 * first asked for, then kept. A kind is namespaced when its class implements fabric8's {@link
 * Namespaced} marker.
 */
public final class BuiltinKindSchemas implements SchemaResolver {

  private static final Supplier<BuiltinKindSchemas> SHARED =
      Suppliers.memoize(BuiltinKindSchemas::new);

  private final Supplier<Map<GroupVersionKind, Class<? extends HasMetadata>>> catalog;
  private final ModelSchemaDeriver deriver = new ModelSchemaDeriver();
  private final ConcurrentMap<GroupVersionKind, KindSchema> derived = new ConcurrentHashMap<>();

  public BuiltinKindSchemas() {
    ClassLoader loader = BuiltinKindSchemas.class.getClassLoader();
    this.catalog = Suppliers.memoize(() -> ModelKindCatalog.load(loader));
  }

  /** One instance for the whole process, so that derived schemas are shared by every compile. */
  public static BuiltinKindSchemas shared() {
    return SHARED.get();
  }

  @Override
  public Optional<KindSchema> resolve(GroupVersionKind gvk) {
    Class<? extends HasMetadata> type = catalog.get().get(gvk);
    if (type == null) {
      return Optional.empty();
    }
    return Optional.of(
        derived.computeIfAbsent(
            gvk,
            known ->
                new KindSchema(
                    known, Namespaced.class.isAssignableFrom(type), deriver.derive(type))));
  }

  /** Every kind this source knows. */
  public Set<GroupVersionKind> kinds() {
    return catalog.get().keySet();
  }
}
