package vn.congdoan.cascade.security;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.congdoan.cascade.notification.MailGateway;
import vn.congdoan.cascade.notification.OutgoingMail;
import vn.congdoan.cascade.organisation.Officer;
import vn.congdoan.cascade.organisation.OfficerRepository;

/**
 * Tells the administrators (the registry's officers with the administrator role and an e-mail address)
 * that a client is being held back from an account after wrong passwords, by e-mail, on a thread of its
 * own so that the refused login is answered at once; a mail that cannot be sent is logged and dropped
 * (the WARN line of {@link LoginThrottle} stays in the log).
 */
@Component
class LoginThrottledNotice {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottledNotice.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private final OfficerRepository officers;
  private final MailGateway mail;
  private final Executor sender = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "login-throttled-notice");
    thread.setDaemon(true);
    return thread;
  });

  LoginThrottledNotice(OfficerRepository officers, MailGateway mail) {
    this.officers = officers;
    this.mail = mail;
  }

  @EventListener
  void on(LoginThrottle.LoginThrottled throttled) {
    sender.execute(() -> {
      try {
        List<String> administrators = officers.findAllActiveWithUnit().stream()
            .filter(Officer::isInstallationAdministrator)
            .map(Officer::getEmail).filter(email -> email != null && !email.isBlank()).toList();
        mail.send(new OutgoingMail(administrators, "[Bảo mật] Nhiều lần đăng nhập sai vào tài khoản " + throttled.userId(),
            "Tài khoản " + throttled.userId() + " đã bị nhập sai mật khẩu " + throttled.failures() + " lần liên tiếp từ địa chỉ "
                + throttled.client() + ".\n\nCác lần đăng nhập tiếp theo vào tài khoản này từ địa chỉ đó bị tạm chặn đến "
                + TIME.format(throttled.until()) + " (thời gian chặn tăng dần nếu tiếp tục nhập sai). Tài khoản không bị khoá: "
                + "người dùng vẫn đăng nhập được từ máy khác.\n\nNếu đây không phải do người dùng quên mật khẩu, hãy kiểm tra "
                + "địa chỉ trên và cân nhắc đổi mật khẩu của tài khoản trong Camunda Admin."));
      } catch (RuntimeException e) {
        log.warn("Could not tell the administrators that {} is held back from {}: {}", throttled.client(), throttled.userId(),
            e.toString());
      }
    });
  }
}
