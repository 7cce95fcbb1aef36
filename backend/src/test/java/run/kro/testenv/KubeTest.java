package run.kro.testenv;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against the real test API server; its test methods and lifecycle
 * methods may take a {@link KubeTestEnv} or a {@link io.fabric8.kubernetes.client.KubernetesClient}
 * (admin) parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(KubeTestEnvExtension.class)
public @interface KubeTest {}
