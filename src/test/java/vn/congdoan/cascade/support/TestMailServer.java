package vn.congdoan.cascade.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) for a test class, on a port of its own; register it with
 * {@code @RegisterExtension static GreenMailExtension smtp = TestMailServer.on(SMTP_PORT)} and point
 * {@code spring.mail.port} at the same port.
 */
public final class TestMailServer {

  private TestMailServer() {}

  public static GreenMailExtension on(int port) {
    return new GreenMailExtension(new ServerSetup(port, null, ServerSetup.PROTOCOL_SMTP))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
  }
}
