package vn.congdoan.cascade.notification;

import java.util.List;

/** A plain-text e-mail in Vietnamese (UTF-8) to one or more recipients. */
public record OutgoingMail(List<String> to, String subject, String body) {

  public OutgoingMail {
    to = List.copyOf(to);
  }
}
