package vn.congdoan.cascade.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An installation of the province version before the parent reviewed a child's report (V8) upgrades to V9: each
 * receipt is tied to the document received; a report that arrived while the collection was open counted on
 * receipt then, so it is accepted on receipt — whether the child's part had ended or still waited for the
 * parent's decision on forwarded nominations; a report registered after the parent closed the collection stays
 * undecided; a superseded report's revision may be stored under the same directive and kind.
 */
class ParentReviewMigrationTest extends FlywayUpgradeTest {

  @Test
  void receiptsBeforeTheReview_areAcceptedOnReceipt_exceptALateArrival() throws SQLException {
    String url = url();
    Flyway.configure().dataSource(url, user(), password()).target("8").load().migrate();
    try (Connection c = DriverManager.getConnection(url, user(), password()); Statement s = c.createStatement()) {
      s.execute("insert into org_unit (code, name, level, parent_id, active, version, path)"
          + " values ('ldld', 'LĐLĐ', 'FEDERATION', null, true, 0, '/ldld/')");
      s.execute("insert into directive (number, issued_on, issuer, subject, deadline, sector_id, registered_at, version, issue_year)"
          + " select '1/KH-TLĐ', date '2025-05-02', 'Tổng Liên đoàn', 'Kế hoạch', timestamp '2025-05-30 16:59:59', id,"
          + " timestamp '2025-05-02 01:00:00', 0, 2025 from org_unit where code = 'ldld'");
      // three unions: one finished on receipt, one waiting for the decision on its nominations, one whose report
      // arrived after the LĐLĐ had closed the collection for it
      Map<String, String> status = Map.of("finished", "REPORT_RECEIVED", "nominations", "REPORT_RECEIVED", "late", "NOT_REPORTED");
      int n = 0;
      for (String union : new String[] {"finished", "nominations", "late"}) {
        n++;
        s.execute("insert into org_unit (code, name, level, parent_id, active, version, path) select '" + union + "', 'Công đoàn "
            + union + "', 'UPPER_LEVEL', id, true, 0, '/ldld/" + union + "/' from org_unit where code = 'ldld'");
        s.execute("insert into unit_assignment (directive_id, unit_id, status, issued_at, submitted_at, deadline, overdue, late,"
            + " finished_at, version) select d.id, u.id, '" + status.get(union) + "', timestamp '2025-05-05 01:00:00', "
            + (union.equals("late") ? "null" : "timestamp '2025-05-20 01:00:00'") + ", timestamp '2025-05-27 16:59:59', false,"
            + " false, " + (union.equals("nominations") ? "null" : "timestamp '2025-05-21 01:00:00'") + ", 0"
            + " from directive d, org_unit u where d.number = '1/KH-TLĐ' and u.code = '" + union + "'");
        s.execute("insert into directive (number, issued_on, issuer, subject, deadline, sector_id, registered_at, version,"
            + " issue_year, parent_assignment_id) select '2/KH-LĐLĐ', date '2025-05-02', 'LĐLĐ', 'Kế hoạch',"
            + " timestamp '2025-05-22 16:59:59', u.id, timestamp '2025-05-05 01:00:00', 0, 2025, a.id"
            + " from org_unit u join unit_assignment a on a.unit_id = u.id where u.code = '" + union + "'");
        s.execute("insert into results_report (directive_id, status, compiled, revision, number, issued_on, version)"
            + " select d.id, 'SENT', 'Báo cáo', 0, '" + n + "/BC-X', date '2025-05-19', 0"
            + " from directive d join org_unit u on u.id = d.sector_id where u.code = '" + union + "'");
        s.execute("insert into issued_document (directive_id, issuer_id, kind, sequence, issue_year, number, issued_on, subject,"
            + " created_at) select d.id, u.id, 'REPORT', 1, 2025, '" + n + "/BC-X', date '2025-05-19', 'Báo cáo',"
            + " timestamp '2025-05-19 01:00:00' from directive d join org_unit u on u.id = d.sector_id where u.code = '" + union + "'");
        s.execute("insert into received_report (report_id, receiver_id, assignment_id, arrival_year, arrival_number, received_at)"
            + " select r.id, p.id, d.parent_assignment_id, 2025, " + n + ", timestamp '2025-05-2" + n + " 02:00:00'"
            + " from results_report r join directive d on d.id = r.directive_id join org_unit u on u.id = d.sector_id,"
            + " org_unit p where u.code = '" + union + "' and p.code = 'ldld'");
      }
    }

    Flyway.configure().dataSource(url, user(), password()).load().migrate();

    try (Connection c = DriverManager.getConnection(url, user(), password()); Statement s = c.createStatement()) {
      assertThat(rows(s, "select u.code, a.status from unit_assignment a join org_unit u on u.id = a.unit_id order by u.code"))
          .containsExactly(Map.entry("finished", "REPORT_ACCEPTED"), Map.entry("late", "NOT_REPORTED"),
              Map.entry("nominations", "REPORT_ACCEPTED"));
      assertThat(rows(s, "select u.code, case when r.accepted_at is null then 'undecided' when r.accepted_at = r.received_at"
          + " then 'on receipt' else 'later' end"
          + " from received_report r join unit_assignment a on a.id = r.assignment_id join org_unit u on u.id = a.unit_id"
          + " order by u.code")).containsExactly(Map.entry("finished", "on receipt"), Map.entry("late", "undecided"),
              Map.entry("nominations", "on receipt"));
      assertThat(rows(s, "select d.number, cast(d.revision as varchar) from received_report r join issued_document d"
          + " on d.id = r.document_id order by d.number")).containsExactly(Map.entry("1/BC-X", "0"), Map.entry("2/BC-X", "0"),
              Map.entry("3/BC-X", "0"));
      // a returned report's revision is another document of the same directive and kind; the same revision twice is not
      s.execute("update issued_document set superseded_at = timestamp '2025-05-22 01:00:00' where number = '1/BC-X'");
      s.execute("insert into issued_document (directive_id, issuer_id, kind, sequence, issue_year, number, issued_on, subject,"
          + " created_at, revision) select directive_id, issuer_id, 'REPORT', 4, 2025, '4/BC-X', date '2025-05-23', subject,"
          + " created_at, 1 from issued_document where number = '1/BC-X'");
      assertThatThrownBy(() -> s.execute("insert into issued_document (directive_id, issuer_id, kind, sequence, issue_year,"
          + " number, issued_on, subject, created_at, revision) select directive_id, issuer_id, 'REPORT', 5, 2025, '5/BC-X',"
          + " date '2025-05-23', subject, created_at, 1 from issued_document where number = '1/BC-X'"))
          .isInstanceOf(SQLException.class);
    }
  }
}
