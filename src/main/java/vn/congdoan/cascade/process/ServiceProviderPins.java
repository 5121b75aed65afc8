package vn.congdoan.cascade.process;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.datatype.DatatypeFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Names the implementations of two JVM services that their libraries otherwise look up on the class
 * path (ServiceLoader) every time they are asked: {@code javax.xml.datatype.DatatypeFactory}, asked by
 * the engine for every timer it creates (its {@code DurationHelper}: 7 % of the fan-out's CPU in issue
 * 17's profile), and Jakarta Mail's {@code jakarta.mail.util.StreamProvider}, asked for every encoded
 * header of an e-mail (jakartaee/mail-api#861: 14.5 % of the reminders' CPU). Both finders read the
 * system property named after the service first. The implementations are the ones the look-up finds
 * anyway (the JDK's own and Angus Mail's), so nothing else changes; a value already set (on the command
 * line) is left alone. Runs before the application context is created, in the application and in the
 * tests alike (registered in {@code META-INF/spring.factories}).
 */
class ServiceProviderPins implements EnvironmentPostProcessor {

  /** Service name (the system property its finder reads) → implementation. */
  static final Map<String, String> PINS = new LinkedHashMap<>();

  static {
    PINS.put(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    PINS.put("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    pin();
  }

  static void pin() {
    PINS.forEach((service, implementation) -> {
      if (System.getProperty(service) == null && ClassUtils.isPresent(implementation, null)) {
        System.setProperty(service, implementation);
      }
    });
  }
}
