package vn.congdoan.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.congdoan.cascade.support.EngineRestClient;
import vn.congdoan.cascade.support.FreePort;
import vn.congdoan.cascade.support.TestMailServer;

/**
 * Wrong passwords against one account, through the REST API, over a real SMTP server: the fifth holds
 * the client back and the installation's administrators (the registry's SECTOR_ADMIN officers) get one
 * e-mail in Vietnamese naming the account and the client; nobody else is written to, and the account
 * itself is not locked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.mail.host=localhost")
@ActiveProfiles({"demo", "test"})
class LoginThrottledMailTest {

  static final int SMTP_PORT = FreePort.find();

  @RegisterExtension
  static GreenMailExtension smtp = TestMailServer.on(SMTP_PORT);

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @LocalServerPort int port;

  @Test
  void fiveWrongPasswords_holdTheClientBack_andTellTheAdministratorsOnce() throws Exception {
    EngineRestClient wrong = new EngineRestClient(port, "vanphong.cdyt", "sai-mat-khau");
    for (int i = 0; i < 5; i++) {
      assertThat(wrong.status("/task")).isEqualTo(401);
    }
    assertThat(new EngineRestClient(port, "vanphong.cdyt", "demo").status("/task"))
        .as("held back from this client for a while, even with the right password").isEqualTo(401);
    assertThat(wrong.status("/task")).isEqualTo(401);

    assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("the administrators' e-mail arrives").isTrue();
    Thread.sleep(500);
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).as("one e-mail, however many more attempts follow").hasSize(1);
    MimeMessage mail = received[0];
    List<String> to = Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
        .map(a -> ((InternetAddress) a).getAddress()).toList();
    assertThat(to).containsExactly("quantri@ldld-thaibinh.example");
    assertThat(mail.getSubject()).isEqualTo("[Bảo mật] Nhiều lần đăng nhập sai vào tài khoản vanphong.cdyt");
    String body = ((String) mail.getContent()).replace("\r\n", "\n");
    assertThat(body).contains("Tài khoản vanphong.cdyt đã bị nhập sai mật khẩu 5 lần liên tiếp từ địa chỉ 127.0.0.1",
        "Tài khoản không bị khoá");
  }
}
