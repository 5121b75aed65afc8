package vn.congdoan.cascade.schema;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The tables Flyway makes are the ones the entities declare. Hibernate's validation on start checks
 * tables, columns and their types; this checks what it does not: every unique constraint and index an
 * entity declares (and the unique key of each one-to-one) exists in the database, so a migration that
 * forgets one fails here.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class SchemaMigrationTest {

  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired DataSource dataSource;
  @Autowired Flyway flyway;

  /** An index as the database reports it: its columns in order, and whether it is unique. */
  record DbIndex(List<String> columns, boolean unique) {}

  @Test
  void migrationsHaveRun_andNothingIsPending() {
    assertThat(flyway.info().current().getVersion().getVersion()).isNotEmpty();
    assertThat(flyway.info().pending()).isEmpty();
  }

  @Test
  void everyDeclaredUniqueKeyAndIndex_existsInTheDatabase() throws SQLException {
    List<String> checked = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
        Class<?> type = entity.getJavaType();
        Table table = type.getAnnotation(Table.class);
        assertThat(table).as(type.getSimpleName() + " names its table").isNotNull();
        List<DbIndex> indexes = indexes(metaData, table.name());
        for (UniqueConstraint unique : table.uniqueConstraints()) {
          List<String> columns = List.of(unique.columnNames()).stream().map(SchemaMigrationTest::snake).sorted().toList();
          assertThat(indexes).as(table.name() + " unique " + columns)
              .anyMatch(i -> i.unique() && i.columns().stream().sorted().toList().equals(columns));
          checked.add(table.name() + " unique " + columns);
        }
        for (Index index : table.indexes()) {
          List<String> columns = List.of(index.columnList().split(",")).stream().map(String::trim).map(SchemaMigrationTest::snake).toList();
          assertThat(indexes).as(table.name() + " index " + index.name() + " " + columns).anyMatch(i -> i.columns().equals(columns));
          checked.add(table.name() + " index " + columns);
        }
        for (Field field : fields(type)) {
          Column column = field.getAnnotation(Column.class);
          OneToOne oneToOne = field.getAnnotation(OneToOne.class);
          String name = null;
          if (column != null && column.unique()) {
            name = column.name().isEmpty() ? snake(field.getName()) : column.name();
          } else if (oneToOne != null && oneToOne.mappedBy().isEmpty()) {
            JoinColumn join = field.getAnnotation(JoinColumn.class);
            name = join != null && !join.name().isEmpty() ? join.name() : snake(field.getName()) + "_id";
          }
          if (name != null) {
            String col = name;
            assertThat(indexes).as(table.name() + " unique (" + col + ")")
                .anyMatch(i -> i.unique() && i.columns().equals(List.of(col)));
            checked.add(table.name() + " unique (" + col + ")");
          }
        }
      }
    }
    assertThat(checked).as("declared keys and indexes found").hasSizeGreaterThan(10);
  }

  private static List<Field> fields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      fields.addAll(List.of(c.getDeclaredFields()));
    }
    return fields;
  }

  private static List<DbIndex> indexes(DatabaseMetaData metaData, String table) throws SQLException {
    String name = metaData.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Map<String, Boolean> unique = new LinkedHashMap<>();
    try (ResultSet rows = metaData.getIndexInfo(null, null, name, false, false)) {
      while (rows.next()) {
        String index = rows.getString("INDEX_NAME");
        String column = rows.getString("COLUMN_NAME");
        if (index == null || column == null) {
          continue;
        }
        List<String> list = columns.computeIfAbsent(index, i -> new ArrayList<>());
        int position = rows.getInt("ORDINAL_POSITION");
        while (list.size() < position) {
          list.add(null);
        }
        list.set(position - 1, column.toLowerCase(Locale.ROOT));
        unique.put(index, !rows.getBoolean("NON_UNIQUE"));
      }
    }
    assertThat(columns).as("indexes of table " + table).isNotEmpty();
    return columns.entrySet().stream().map(e -> new DbIndex(e.getValue(), unique.get(e.getKey()))).toList();
  }

  /** Spring Boot's naming: processInstanceId → process_instance_id. */
  private static String snake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
