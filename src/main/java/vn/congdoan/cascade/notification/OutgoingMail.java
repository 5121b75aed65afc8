package vn.congdoan.cascade.notification;

import java.util.List;

/**
 * A plain-text e-mail in Vietnamese (UTF-8) to one or more recipients, with copies and attached files
 * if any.
 */
public record OutgoingMail(List<String> to, List<String> cc, String subject, String body, List<Attachment> attachments) {

  public OutgoingMail {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    attachments = List.copyOf(attachments);
  }

  public OutgoingMail(List<String> to, String subject, String body) {
    this(to, List.of(), subject, body, List.of());
  }

  /** A file sent with the e-mail, e.g. an issued document's PDF. */
  public record Attachment(String fileName, String mediaType, byte[] content) {}
}
