package vn.congdoan.cascade;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The directive cascade: a Spring Boot application with an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CascadeApplication {

  public static void main(String[] args) {
    SpringApplication.run(CascadeApplication.class, args);
  }
}
