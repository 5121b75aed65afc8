package vn.congdoan.cascade.process;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import java.util.HashMap;
import java.util.Map;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The implementations of DatatypeFactory (every engine timer) and Jakarta Mail's StreamProvider (every
 * encoded header) are named by system properties once the application starts, and they are the ones the
 * class-path look-up would have found.
 */
class ServiceProviderPinsTest {

  private final Map<String, String> before = new HashMap<>();

  @BeforeEach
  void clear() {
    ServiceProviderPins.PINS.keySet().forEach(service -> before.put(service, System.clearProperty(service)));
  }

  @AfterEach
  void restore() {
    before.forEach((service, value) -> {
      if (value == null) {
        System.clearProperty(service);
      } else {
        System.setProperty(service, value);
      }
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class Nothing {}

  @Test
  void startingTheApplication_namesBothImplementations_theOnesTheLookUpFinds() throws Exception {
    String datatypeFactory = DatatypeFactory.newInstance().getClass().getName();
    String streamProvider = StreamProvider.provider().getClass().getName();

    SpringApplication application = new SpringApplication(Nothing.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    try (ConfigurableApplicationContext context = application.run()) {
      assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isEqualTo(datatypeFactory);
      assertThat(System.getProperty(StreamProvider.class.getName())).isEqualTo(streamProvider);
    }
    assertThat(DatatypeFactory.newInstance().getClass().getName()).isEqualTo(datatypeFactory);
    assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(streamProvider);
  }

  @Test
  void aValueSetOnTheCommandLine_isKept() {
    System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, "example.OwnDatatypeFactory");
    ServiceProviderPins.pin();
    assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isEqualTo("example.OwnDatatypeFactory");
    assertThat(System.getProperty(StreamProvider.class.getName())).isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
  }
}
