package vn.congdoan.cascade.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from sender of every e-mail the application sends: "Name <address>" (the name may carry diacritics)
 *     or an address
 * @param publicUrl the address officers reach the application at, for links in e-mails
 */
@ConfigurationProperties("cascade.mail")
public record NotificationProperties(
    @DefaultValue("Công đoàn ngành Y tế Thái Bình <no-reply@cdyt-thaibinh.example>") String from,
    @DefaultValue("http://localhost:8080") String publicUrl) {

  /** A link that opens the task in Tasklist. */
  public String taskLink(String taskId) {
    return publicUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
