package vn.congdoan.cascade.directive;

import vn.congdoan.cascade.calendar.VietnamTime;

/** How a directive is shown to officers as context on their forms. */
final class DirectiveSummary {

  private DirectiveSummary() {}

  static String of(Directive directive) {
    return directive.citation() + "\nV/v: " + directive.getSubject()
        + "\nHạn hoàn thành của CĐCS: " + VietnamTime.format(directive.getDeadline());
  }
}
