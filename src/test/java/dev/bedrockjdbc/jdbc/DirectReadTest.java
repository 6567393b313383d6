package dev.bedrockjdbc.jdbc;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A fast-path query's getters read its rows directly ({@link dev.bedrockjdbc.fastpath.FastPathRows}): the
 * right rows, only while Avatica is on a row, and wasNull for whichever getter ran last. FastPathTest
 * compares the values with Calcite's own result sets.
 */
class DirectReadTest {
  static BedrockEmulator emulator;
  static Connection fast;
  static Connection calcite;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(5, 30).defaultPageSize(7).start();
    fast = connect(emulator, "accountId=123456789012");
    calcite = connect(emulator, "accountId=123456789012;fastPath=false");
  }

  @AfterAll static void stop() throws SQLException {
    fast.close();
    calcite.close();
    emulator.close();
  }

  private static boolean readsDirectly(ResultSet rs) throws SQLException {
    return rs.unwrap(BedrockResultSet.class).readsDirectly();
  }

  @Test void onlyFastPathResultsReadDirectly() throws SQLException {
    try (Statement s = fast.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT * FROM custom_models")) {
        assertTrue(readsDirectly(rs));
      }
      assertTrue(s.execute("SELECT model_name FROM custom_models LIMIT 3"));
      assertTrue(readsDirectly(s.getResultSet()));
      try (ResultSet rs = s.executeQuery("SELECT * FROM custom_models WHERE model_status = 'Active'")) {
        assertFalse(readsDirectly(rs), "planned by Calcite");
      }
    }
    try (PreparedStatement ps = fast.prepareStatement("SELECT model_arn FROM custom_models ORDER BY creation_time")) {
      for (int i = 0; i < 2; i++) {
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(readsDirectly(rs), "execution " + i);
        }
      }
    }
    try (Statement s = calcite.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM custom_models")) {
      assertFalse(readsDirectly(rs));
    }
  }

  @Test void eachStatementReadsItsOwnRows() throws SQLException {
    List<String> names = emulator.models().stream().map(EmulatedModel::modelName).toList();
    List<String> arns = emulator.models().stream().map(EmulatedModel::modelArn).toList();
    try (Statement names1 = fast.createStatement(); Statement arns2 = fast.createStatement()) {
      // Executed in this order, their results read the other way round.
      assertTrue(names1.execute("SELECT model_name FROM custom_models"));
      assertTrue(arns2.execute("SELECT model_arn, model_name FROM custom_models"));
      assertEquals(names, column(names1.getResultSet(), 1));
      assertEquals(arns, column(arns2.getResultSet(), 1));
    }
  }

  private static List<String> column(ResultSet rs, int column) throws SQLException {
    List<String> values = new ArrayList<>();
    while (rs.next()) {
      values.add(rs.getString(column));
      assertEquals(values.get(values.size() - 1), rs.getObject(column));
    }
    return values;
  }

  @Test void gettersFailOffARowAsAvaticaDoes() throws SQLException {
    for (Connection c : List.of(fast, calcite)) {
      Statement s = c.createStatement();
      ResultSet rs = s.executeQuery("SELECT model_name, is_owned, creation_time FROM custom_models LIMIT 2");
      assertThrows(SQLException.class, () -> rs.getString(1), "before the first row");
      assertTrue(rs.next());
      assertThrows(SQLException.class, () -> rs.getString(4), "no such column");
      assertThrows(SQLException.class, () -> rs.getString(0), "no such column");
      assertTrue(rs.next());
      assertFalse(rs.next());
      assertThrows(SQLException.class, () -> rs.getString(1), "after the last row");
      assertThrows(SQLException.class, () -> rs.getBoolean(2), "after the last row");
      ResultSet again = s.executeQuery("SELECT model_name, is_owned, creation_time FROM custom_models");
      assertTrue(again.next());
      s.close(); // closes its result set
      assertThrows(SQLException.class, () -> again.getString(1), "after the statement closed");
      assertThrows(SQLException.class, () -> again.getTimestamp(3), "after the statement closed");
      assertThrows(SQLException.class, again::wasNull, "after the statement closed");
    }
  }

  /** wasNull answers for the last getter, whether it read directly or through Avatica. */
  @Test void wasNullFollowsTheLastGetter() throws SQLException {
    String sql = "SELECT foundation_model_arn, model_name, base_model_name, is_owned FROM custom_models";
    assertEquals(wasNullSequence(calcite, sql), wasNullSequence(fast, sql));
    assertTrue(wasNullSequence(fast, sql).contains("null after getString(1)"), "the data has NULL values");
  }

  private static List<String> wasNullSequence(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rs.getString(1); // direct on the fast path
        out.add(rs.wasNull() ? "null after getString(1)" : "value after getString(1)");
        rs.getString("model_name"); // through Avatica
        out.add(rs.wasNull() ? "null after getString(model_name)" : "value after getString(model_name)");
        rs.getObject(3);
        out.add(rs.wasNull() ? "null after getObject(3)" : "value after getObject(3)");
        rs.getInt(4); // through Avatica: BOOLEAN as int
        out.add(rs.wasNull() ? "null after getInt(4)" : "value after getInt(4)");
        out.add(String.valueOf(rs.getBoolean(4)) + rs.wasNull());
      }
    }
    return out;
  }
}
