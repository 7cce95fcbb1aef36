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

  public static void main(String[] args) {
    SpringApplication.run(OperatorApplication.class, args);
  }
}
