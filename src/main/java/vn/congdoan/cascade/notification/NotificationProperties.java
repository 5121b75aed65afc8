package vn.congdoan.cascade.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from sender address of every e-mail the application sends
 * @param publicUrl the address officers reach the application at, for links in e-mails
 */
@ConfigurationProperties("cascade.mail")
public record NotificationProperties(
    @DefaultValue("Cong doan nganh Y te <no-reply@cdyt-thaibinh.example>") String from,
    @DefaultValue("http://localhost:8080") String publicUrl) {

  /** A link that opens the task in Tasklist. */
  public String taskLink(String taskId) {
    return publicUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
