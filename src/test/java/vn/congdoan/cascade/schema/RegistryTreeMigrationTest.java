package vn.congdoan.cascade.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An installation of the one-sector version upgrades to the registry tree (V6): its units keep their levels
 * under the new names, its officers their roles, every unit gets its path, and the new checks hold.
 */
class RegistryTreeMigrationTest extends FlywayUpgradeTest {

  @Test
  void aOneSectorRegistryUpgrades_levelsRolesAndPathsCarriedOver() throws SQLException {
    String url = url();
    Flyway.configure().dataSource(url, user(), password()).target("5.2").load().migrate();
    try (Connection c = DriverManager.getConnection(url, user(), password()); Statement s = c.createStatement()) {
      s.execute("insert into org_unit (code, name, level, parent_id, active, version) values ('ldld', 'LĐLĐ', 'FEDERATION', null, true, 0)");
      s.execute("insert into org_unit (code, name, level, parent_id, active, version) select 'cdyt', 'CĐ ngành Y tế', 'SECTOR', id, true, 0 from org_unit where code = 'ldld'");
      s.execute("insert into org_unit (code, name, level, parent_id, active, version) select 'cdcs-a', 'CĐCS A', 'GRASSROOTS', id, true, 0 from org_unit where code = 'cdyt'");
      s.execute("insert into org_officer (username, full_name, role, unit_id, active, version) select 'vp', 'Văn phòng', 'SECTOR_OFFICE', id, true, 0 from org_unit where code = 'cdyt'");
      s.execute("insert into org_officer (username, full_name, role, unit_id, active, version) select 'ct', 'Chủ tịch', 'SECTOR_CHAIR', id, true, 0 from org_unit where code = 'cdyt'");
      s.execute("insert into org_officer (username, full_name, role, unit_id, active, version) select 'qt', 'Quản trị', 'SECTOR_ADMIN', id, true, 0 from org_unit where code = 'cdyt'");
      s.execute("insert into org_officer (username, full_name, role, unit_id, active, version) select 'cs', 'Cơ sở', 'GRASSROOTS_OFFICER', id, true, 0 from org_unit where code = 'cdcs-a'");
    }

    Flyway.configure().dataSource(url, user(), password()).load().migrate();

    try (Connection c = DriverManager.getConnection(url, user(), password()); Statement s = c.createStatement()) {
      assertThat(rows(s, "select code, level || ' ' || path from org_unit order by code")).containsExactly(
          Map.entry("cdcs-a", "GRASSROOTS /ldld/cdyt/cdcs-a/"), Map.entry("cdyt", "UPPER_LEVEL /ldld/cdyt/"),
          Map.entry("ldld", "FEDERATION /ldld/"));
      assertThat(rows(s, "select username, role from org_officer order by username")).containsExactly(
          Map.entry("cs", "GRASSROOTS_OFFICER"), Map.entry("ct", "CHAIR"), Map.entry("qt", "ADMIN"), Map.entry("vp", "OFFICE"));
      assertRefused(s, "update org_unit set level = 'SECTOR' where code = 'cdyt'");
      assertRefused(s, "update org_officer set role = 'SECTOR_OFFICE' where username = 'vp'");
      assertRefused(s, "update org_unit set path = null where code = 'cdyt'");
      s.execute("insert into org_unit (code, name, level, parent_id, active, version, path) values ('tong', 'Tổng LĐLĐ', 'CONFEDERATION', null, true, 0, '/tong/')");
    }
  }

  private static void assertRefused(Statement s, String sql) {
    try {
      s.execute(sql);
    } catch (SQLException expected) {
      return;
    }
    throw new AssertionError("The database accepted: " + sql);
  }
}
