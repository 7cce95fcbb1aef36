package run.kro.operator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The controller process: reconciles ResourceGroups and their instances (the reconcilers arrive with issue 4). */
@SpringBootApplication
public class OperatorApplication {

  public static void main(String[] args) {
    SpringApplication.run(OperatorApplication.class, args);
  }
}
