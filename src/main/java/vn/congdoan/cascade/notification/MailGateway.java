package vn.congdoan.cascade.notification;

import java.io.UnsupportedEncodingException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail through the SMTP server of Spring Boot's {@code spring.mail.*} settings. Without a mail
 * server configured ({@code spring.mail.host} unset), the application still runs and logs each e-mail
 * it would have sent. A failure to send is thrown, so that the job that sends it is retried and, in
 * the end, raises an incident: nothing is dropped silently.
 */
@Component
public class MailGateway {

  private static final Logger log = LoggerFactory.getLogger(MailGateway.class);

  private final ObjectProvider<JavaMailSender> sender;
  private final NotificationProperties properties;

  public MailGateway(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
    this.sender = sender;
    this.properties = properties;
  }

  public void send(OutgoingMail mail) {
    if (mail.to().isEmpty()) {
      log.warn("E-mail '{}' has no recipient with an address; not sent", mail.subject());
      return;
    }
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      log.info("No mail server configured (spring.mail.host); would send to {} (copy to {}): {}\n{}\nAttachments: {}",
          mail.to(), mail.cc(), mail.subject(), mail.body(),
          mail.attachments().stream().map(a -> a.fileName() + " (" + a.content().length + " bytes)").toList());
      return;
    }
    try {
      MimeMessage message = smtp.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
      helper.setFrom(sender(properties.from()));
      helper.setTo(mail.to().toArray(String[]::new));
      if (!mail.cc().isEmpty()) {
        helper.setCc(mail.cc().toArray(String[]::new));
      }
      helper.setSubject(mail.subject());
      helper.setText(mail.body(), false);
      for (OutgoingMail.Attachment attachment : mail.attachments()) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.mediaType());
      }
      smtp.send(message);
      log.info("E-mail sent to {}: {}", mail.to(), mail.subject());
    } catch (MessagingException | MailException e) {
      throw new MailDeliveryException("Cannot send e-mail '" + mail.subject() + "' to " + mail.to() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The configured sender with its name encoded as RFC 2047 asks ("=?UTF-8?Q?C=C3=B4ng_=C4=91o=C3=A0n…?="):
   * a parsed address would keep the name as typed, raw UTF-8 in the header.
   */
  static InternetAddress sender(String from) throws AddressException {
    InternetAddress parsed = new InternetAddress(from, false);
    if (parsed.getPersonal() == null) {
      return parsed;
    }
    try {
      return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
  }

  /** The SMTP server refused or could not be reached; the job will be retried. */
  public static class MailDeliveryException extends RuntimeException {
    public MailDeliveryException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
