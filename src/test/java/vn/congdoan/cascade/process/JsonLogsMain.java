package vn.congdoan.cascade.process;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Run by {@link JsonLogsTest} in a JVM of its own: Spring Boot's logging set up from the application's
 * logback-spring.xml and YAML with the given profiles (and nothing else of the application), then one
 * line about a directive and a unit, and one without them.
 */
final class JsonLogsMain {

  private JsonLogsMain() {
  }

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(Empty.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setAdditionalProfiles(args);
    try (ConfigurableApplicationContext context = application.run()) {
      try (LogContext.Scope scope = LogContext.of(4242L, "cdcs-bvdk-tinh")) {
        LoggerFactory.getLogger(JsonLogsMain.class).info("Nhắc hạn gửi cho đơn vị");
      }
      LoggerFactory.getLogger(JsonLogsMain.class).info("Không thuộc chỉ thị nào");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Empty {
  }
}
