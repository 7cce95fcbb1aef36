package run.kro.operator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The controller process: reconciles ResourceGroups and their instances. Serves only probes and
 * metrics over HTTP ({@code /actuator/health/liveness}, {@code /actuator/health/readiness}, {@code
 * /actuator/prometheus}).
 */
@SpringBootApplication
public class OperatorApplication {

  private static final String NETTY_DIRECT_ARENAS = "io.netty.allocator.numDirectArenas";

  public static void main(String[] args) {
    // The Kubernetes client's HTTP (Vert.x on Netty) pools direct memory in 4 MiB chunks, two
    // arenas per core by
    // default; one is plenty for a controller's traffic. An explicit setting wins.
    if (System.getProperty(NETTY_DIRECT_ARENAS) == null) {
      System.setProperty(NETTY_DIRECT_ARENAS, "1");
    }
    SpringApplication.run(OperatorApplication.class, args);
  }
}
