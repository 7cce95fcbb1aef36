package run.kro.backend.kinds;

import java.util.Optional;

/** A Kubernetes kind with its API group and version; the core group is the empty string. */
public record GroupVersionKind(String group, String version, String kind) {

  public GroupVersionKind {
    group = group == null ? "" : group;
  }

  /**
   * Splits an {@code apiVersion} such as {@code apps/v1} or {@code v1}; empty when it has more than
   * one slash.
   */
  public static Optional<GroupVersionKind> fromApiVersion(String apiVersion, String kind) {
    if (apiVersion == null
        || apiVersion.isEmpty()
        || apiVersion.startsWith("/")
        || apiVersion.endsWith("/")) {
      return Optional.empty();
    }
    String[] parts = apiVersion.split("/", -1);
    return switch (parts.length) {
      case 1 -> Optional.of(new GroupVersionKind("", parts[0], kind));
      case 2 -> Optional.of(new GroupVersionKind(parts[0], parts[1], kind));
      default -> Optional.empty();
    };
  }

  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /**
   * The group and kind alone, as ApplySet annotations write them: {@code Deployment.apps}, {@code
   * ConfigMap}.
   */
  public String groupKind() {
    return group.isEmpty() ? kind : kind + "." + group;
  }

  @Override
  public String toString() {
    return apiVersion() + ", Kind=" + kind;
  }
}
