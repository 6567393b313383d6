package dev.bedrockjdbc.tools;

import static dev.bedrockjdbc.TestSupport.column;
import static dev.bedrockjdbc.TestSupport.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.MetadataChecks;
import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.CustomModels;
import dev.bedrockjdbc.catalog.tables.Tables;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DBeaver's JDBC call sequence for a generic driver (shared/peers-and-tools.md 4.1), in order: connect,
 * data source info, dialect, navigator, table editor, reading data. Nothing may throw; answers must be real.
 */
class DbeaverSequenceTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(59, 450).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @Test void dbeaverSessionWorksEndToEnd() throws Exception {
    Driver driver = DriverManager.getDriver("jdbc:bedrock:");
    assertTrue(driver.getPropertyInfo(url(emulator, ""), new Properties()).length >= 13);
    emulator.clearRequests();
    try (Connection c = driver.connect(url(emulator, ""), new Properties())) {
      // Connect: read-only tick, transaction settings.
      c.setReadOnly(true);
      c.setAutoCommit(true);
      assertTrue(c.getAutoCommit());
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      assertEquals(Connection.TRANSACTION_NONE, c.getTransactionIsolation());
      DatabaseMetaData md = c.getMetaData();
      // Data source info.
      assertEquals("Amazon Bedrock", md.getDatabaseProductName());
      assertEquals("2023-04-20", md.getDatabaseProductVersion());
      assertTrue(md.getDriverName().contains("bedrock-jdbc"));
      assertEquals("0.1.0", md.getDriverVersion());
      assertEquals(0, md.getDriverMajorVersion());
      assertEquals(1, md.getDriverMinorVersion());
      assertNotNull(md.getSchemaTerm());
      assertNotNull(md.getProcedureTerm());
      assertNotNull(md.getCatalogTerm());
      assertFalse(md.supportsBatchUpdates());
      assertFalse(md.supportsTransactions());
      assertFalse(md.supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE));
      assertTrue(md.isReadOnly());
      // Dialect.
      assertEquals("\"", md.getIdentifierQuoteString());
      assertEquals(".", md.getCatalogSeparator());
      assertFalse(md.getSQLKeywords().isEmpty());
      assertEquals("\\", md.getSearchStringEscape());
      assertTrue(column(md.getTypeInfo(), "TYPE_NAME").containsAll(List.of("VARCHAR", "TIMESTAMP", "BOOLEAN")));
      // Navigator.
      assertEquals(1, column(md.getCatalogs(), "TABLE_CAT").size());
      assertEquals(List.of("bedrock"), column(md.getSchemas(), "TABLE_SCHEM"), "no 'metadata' schema");
      assertEquals(List.of("bedrock"), column(md.getSchemas(null, "%"), "TABLE_SCHEM"));
      assertEquals(List.of("bedrock"), column(md.getSchemas(null, "bed%"), "TABLE_SCHEM"));
      assertEquals(List.of(), column(md.getSchemas(null, "nope"), "TABLE_SCHEM"));
      assertTrue(column(md.getTableTypes(), "TABLE_TYPE").contains("TABLE"));
      assertEquals(Tables.all().stream().map(TableSpec::name).sorted().toList(),
          column(md.getTables(null, "bedrock", "%", null), "TABLE_NAME"), "every table, in name order");
      // Navigator and table editor, for every table: its remarks, its columns, its key.
      for (TableSpec t : Tables.all()) {
        MetadataChecks.assertDescribed(md, t);
        MetadataChecks.assertKeyed(md, t);
      }
      try (ResultSet cols = md.getColumns(null, "bedrock", "custom_models", "creation_time")) {
        assertTrue(cols.next());
        assertEquals("TIMESTAMP", cols.getString("TYPE_NAME"));
        assertEquals(23, cols.getInt("COLUMN_SIZE"));
        assertEquals("NO", cols.getString("IS_NULLABLE"));
      }
      assertEquals(Tables.all().stream().sorted(java.util.Comparator.comparing(TableSpec::name))
          .flatMap(t -> t.keyColumns().stream().map(k -> t.column(k).name()).sorted()).toList(),
          column(md.getPrimaryKeys(null, "bedrock", "%"), "COLUMN_NAME"), "every table's key");
      assertEquals(List.of("model_arn"), column(md.getPrimaryKeys(null, "bedrock", "custom_models"), "COLUMN_NAME"));
      assertEquals(List.of(), column(md.getImportedKeys(null, "bedrock", "%"), "PKTABLE_NAME"));
      assertEquals(List.of(), column(md.getExportedKeys(null, "bedrock", "custom_models"), "FKTABLE_NAME"));
      assertEquals(List.of(), column(md.getIndexInfo(null, "bedrock", "custom_models", false, true), "INDEX_NAME"));
      assertEquals(List.of(), column(md.getProcedures(null, "%", "%"), "PROCEDURE_NAME"));
      column(md.getProcedureColumns(null, "%", "%", "%"), "COLUMN_NAME");
      column(md.getFunctions(null, "%", "%"), "FUNCTION_NAME");
      column(md.getFunctionColumns(null, "%", "%", "%"), "COLUMN_NAME");
      assertEquals(0, emulator.requests().size(), "browsing metadata makes no API call");
      // Reading data: DBeaver sets maxRows 200, then re-executes with a larger max for the next page.
      try (Statement s = c.createStatement()) {
        s.setMaxRows(200);
        s.setQueryTimeout(30);
        assertTrue(s.execute("SELECT * FROM custom_models"));
        assertEquals(-1, s.getUpdateCount());
        int rows = 0;
        try (ResultSet rs = s.getResultSet()) {
          while (rs.next()) {
            rows++;
          }
        }
        assertEquals(200, rows);
        assertFalse(s.getMoreResults());
        assertEquals(-1, s.getUpdateCount());
        s.setMaxRows(400);
        s.setFetchSize(200);
        try (ResultSet rs = s.executeQuery("SELECT * FROM custom_models")) {
          rows = 0;
          while (rs.next()) {
            rows++;
          }
        }
        assertEquals(400, rows);
        s.cancel(); // DBeaver's stop button after the fact: harmless
        s.getWarnings();
      }
      assertEquals(List.of("ListCustomModels", "ListCustomModels"),
          emulator.requests().stream().map(r -> r.operation()).toList(), "each page of 200/400 rows is one call");
      assertTrue(c.isValid(2));
    }
  }

  /**
   * DBeaver's data tab on every table: {@code setMaxRows(200)} and {@code SELECT *}. The rows are the table's (those
   * of the reference plan, {@code pushdown=false}), and the calls are what EXPLAIN promises: one per listing it
   * names (a table listed per type names one per type), plus one Get per row read for a details table, plus one
   * listing per group for a table listed group by group (each guardrail's versions).
   */
  @Test void dataTabOfEveryTableCostsWhatExplainPromises() throws Exception {
    String account = "accountId=" + emulator.callerAccount();
    try (Connection c = DriverManager.getConnection(url(emulator, account));
         Connection reference = DriverManager.getConnection(url(emulator, "pushdown=false;" + account))) {
      for (TableSpec t : Tables.all()) {
        String sql = "SELECT * FROM " + t.name();
        // The regions table's checked_at is when its probe ran: compared without it.
        int probedAt = t.column("checked_at");
        Function<List<Object>, String> shown = row -> {
          List<Object> r = new ArrayList<>(row);
          if (probedAt >= 0) {
            r.remove(probedAt);
          }
          return r.toString();
        };
        List<String> all = TestSupport.query(reference, sql).stream().map(shown).sorted().toList();
        String plan = TestSupport.query(c, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
        emulator.clearRequests();
        List<List<Object>> rows;
        try (Statement s = c.createStatement()) {
          s.setMaxRows(200);
          rows = TestSupport.rows(s.executeQuery(sql));
        }
        Map<String, Long> calls = TestSupport.callsByOperation(emulator);
        assertFalse(rows.isEmpty(), t.name() + " has rows on the emulator's data");
        assertEquals(Math.min(200, all.size()), rows.size(), t.name());
        List<String> read = rows.stream().map(shown).sorted().toList();
        assertTrue(all.size() <= 200 ? all.equals(read) : all.containsAll(read), t.name() + ": the table's rows");
        assertEquals(promised(t, plan, rows), calls, t.name() + ": " + plan);
      }
    }
  }

  /** The calls EXPLAIN's request promises for reading {@code rows}, by operation. */
  static Map<String, Long> promised(TableSpec t, String plan, List<List<Object>> rows) {
    Matcher m = Pattern.compile("request=\\[(.*)]\\)").matcher(plan);
    assertTrue(m.find(), plan);
    Map<String, Long> out = new TreeMap<>();
    // Top-level entries: "ListX{...}", then any of " + GetX per row", " + ListX{...} per item listed".
    for (String entry : m.group(1).split("(?<=[}\\w]), (?=List)")) {
      String[] parts = entry.split(" \\+ ");
      out.merge(operation(parts[0]), 1L, Long::sum);
      for (int i = 1; i < parts.length; i++) {
        if (parts[i].endsWith(" per row")) {
          out.merge(operation(parts[i]), (long) rows.size(), Long::sum);
        } else if (parts[i].endsWith(" per item listed")) {
          // One listing per group (each guardrail's versions): the groups among the rows read.
          TableSpec listed = t.parent() != null && t.children() == null ? t.parent() : t;
          int group = t.column(listed.column(listed.expansion().groupColumn()).name());
          out.merge(operation(parts[i]), rows.stream().map(r -> r.get(group)).distinct().count(), Long::sum);
        } else {
          throw new AssertionError("a request EXPLAIN says this test does not know: " + parts[i]);
        }
      }
    }
    return out;
  }

  private static String operation(String request) {
    Matcher op = Pattern.compile("^(\\w+)").matcher(request);
    assertTrue(op.find(), request);
    return op.group(1);
  }
}
