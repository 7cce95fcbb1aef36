package run.kro.backend.bench;

/**
 * ResourceGroups of any size for benchmarks: a chain of Deployments, Services and ConfigMaps in
 * which every resource reads the instance spec and the resource before it, so compile cost grows
 * with both resources and dependencies.
 */
public final class SyntheticResourceGroups {

  private SyntheticResourceGroups() {}

  public static String withResources(int count) {
    StringBuilder yaml =
        new StringBuilder(
            """
        apiVersion: kro.run/v1alpha1
        kind: ResourceGroup
        metadata:
          name: bench
        spec:
          schema:
            apiVersion: v1alpha1
            kind: Bench
            spec:
              name: string | required=true
              replicas: integer | default=2 minimum=1
              image: string | default="nginx:1.27"
              labels: map[string]string
            status:
              first: ${r0.metadata.name}
          resources:
        """);
    for (int i = 0; i < count; i++) {
      String previous = i == 0 ? "schema.spec.name" : "r" + (i - 1) + ".metadata.name";
      yaml.append(
          switch (i % 3) {
            case 0 -> deployment(i, previous);
            case 1 -> service(i, previous);
            default -> configMap(i, previous);
          });
    }
    return yaml.toString();
  }

  private static String deployment(int i, String previous) {
    return """
          - id: r%1$d
            readyWhen:
            - ${r%1$d.status.?availableReplicas.orValue(0) >= r%1$d.spec.replicas}
            template:
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: ${%2$s}-d%1$d
                labels: ${schema.spec.labels}
              spec:
                replicas: ${schema.spec.replicas}
                selector:
                  matchLabels:
                    app: ${schema.spec.name}-%1$d
                template:
                  metadata:
                    labels:
                      app: ${schema.spec.name}-%1$d
                  spec:
                    containers:
                    - name: app
                      image: ${schema.spec.image}
                      env:
                      - name: UPSTREAM
                        value: ${%2$s}
        """
        .formatted(i, previous);
  }

  private static String service(int i, String previous) {
    return """
          - id: r%1$d
            template:
              apiVersion: v1
              kind: Service
              metadata:
                name: ${%2$s}-s%1$d
              spec:
                selector:
                  app: ${schema.spec.name}-%1$d
                ports:
                - port: 80
                  targetPort: ${schema.spec.replicas + 8079}
        """
        .formatted(i, previous);
  }

  private static String configMap(int i, String previous) {
    return """
          - id: r%1$d
            includeWhen:
            - ${schema.spec.replicas > 0}
            template:
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: ${%2$s}-c%1$d
              data:
                upstream: ${%2$s}
                replicas: ${string(schema.spec.replicas)}
        """
        .formatted(i, previous);
  }
}
