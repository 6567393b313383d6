package dev.bedrockjdbc.reliability;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.Faults;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;

/**
 * Broken pages and writes: each ends with a SQLException, never with a partial result. Timeouts, cancel and
 * close on a hung service: {@link ClosingEndsQueriesTest}.
 */
class EndsCleanlyTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(41, 300).start();
  }

  @AfterEach void noFaults() {
    emulator.faults(Faults.NONE);
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  /** Reads until the end or a failure; returns the failure, after checking rows did arrive before it. */
  static SQLException readUntilFailure(Connection c, String sql, int rowsBefore) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      TestSupport.Read read = TestSupport.readToEnd(rs);
      assertTrue(read.failure() != null, "read " + read.rows() + " rows and ended as if complete");
      assertEquals(rowsBefore, read.rows(), "rows before the failure");
      return read.failure();
    }
  }

  @Test void malformedPageFailsTheQueryThere() throws SQLException {
    emulator.faults(Faults.NONE.withMalformedPage(2));
    try (Connection c = connect(emulator, "pageSize=50;maxAttempts=2;retryMaxDelay=2")) {
      SQLException e = readUntilFailure(c, "SELECT model_arn FROM custom_models", 99);
      assertEquals("08P01", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("no partial result"), e.getMessage());
    }
  }

  @Test void loopingTokenFailsTheQuery() throws SQLException {
    emulator.faults(Faults.NONE.withLoopingToken());
    try (Connection c = connect(emulator, "pageSize=50")) {
      SQLException e = readUntilFailure(c, "SELECT model_arn FROM custom_models", 99);
      assertEquals("08P01", e.getSQLState());
      assertTrue(e.getMessage().contains("loop"), e.getMessage());
    }
  }

  @Test void pageFailingAfterRetriesMidScanFailsTheQuery() throws SQLException {
    try (Connection c = connect(emulator, "pageSize=100;maxAttempts=2;retryMaxDelay=2");
         Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT model_arn FROM custom_models")) {
      for (int i = 0; i < 50; i++) {
        assertTrue(rs.next());
      }
      emulator.faults(Faults.NONE.withRates(0, 1.0, 3));
      SQLException e = assertThrows(SQLException.class, () -> {
        while (rs.next()) {
          // reads to the page boundary, then the next page fails
        }
      });
      assertEquals("58000", e.getSQLState());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "INSERT INTO custom_models (model_arn) VALUES ('x')",
      "UPDATE custom_models SET model_name = 'x'",
      "DELETE FROM custom_models",
      "MERGE INTO custom_models t USING custom_models s ON t.model_arn = s.model_arn WHEN MATCHED THEN UPDATE SET model_name = 'x'",
      "CREATE TABLE t (x INT)",
      "DROP TABLE custom_models",
      "  /* comment */ -- line\n ( delete from custom_models )"})
  void writesFailClearlyWithoutApiCalls(String sql) throws SQLException {
    try (Connection c = connect(emulator, ""); Statement s = c.createStatement()) {
      emulator.clearRequests();
      SQLException e = assertThrows(SQLException.class, () -> s.execute(sql));
      assertInstanceOf(SQLFeatureNotSupportedException.class, e);
      assertTrue(e.getMessage().contains("read-only"), e.getMessage());
      assertThrows(SQLFeatureNotSupportedException.class, () -> s.executeUpdate(sql));
      assertThrows(SQLFeatureNotSupportedException.class, () -> c.prepareStatement(sql));
      assertEquals(0, emulator.requests().size());
    }
  }

  @Test void transactionCallsToolsMakeNeverThrow() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      assertDoesNotThrow(() -> {
        c.setReadOnly(true);
        c.setAutoCommit(true);
        c.commit();
        c.rollback();
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        c.setReadOnly(false);
      });
      assertTrue(c.isReadOnly());
      assertTrue(c.getAutoCommit());
      assertEquals(Connection.TRANSACTION_NONE, c.getTransactionIsolation());
      c.setAutoCommit(false);
      assertTrue(c.getAutoCommit(), "stays auto-commit");
      assertTrue(c.getWarnings() != null, "with a warning that says so");
    }
  }
}
