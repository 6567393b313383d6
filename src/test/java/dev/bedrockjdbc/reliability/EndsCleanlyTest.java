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
import dev.bedrockjdbc.emulator.RecordedRequest;

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
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Broken pages, timeouts, cancel and writes: each ends with a SQLException, never with a partial result. */
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
    int rows = 0;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows++;
      }
    } catch (SQLException e) {
      assertEquals(rowsBefore, rows, "rows before the failure");
      return e;
    }
    throw new AssertionError("read " + rows + " rows and ended as if complete");
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

  @Test void queryTimeoutEndsTheQueryWithinASecond() throws SQLException {
    emulator.faults(Faults.NONE.withLatency(1500));
    try (Connection c = connect(emulator, ""); Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      long start = System.nanoTime();
      SQLException e = assertThrows(SQLException.class, () -> TestSupport.rows(s.executeQuery(
          "SELECT model_arn FROM custom_models")));
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertInstanceOf(SQLTimeoutException.class, e);
      assertTrue(millis < 2000, "ended " + millis + " ms after the start, 1 s deadline");
      emulator.faults(Faults.NONE);
      s.setQueryTimeout(0);
      assertEquals(300, TestSupport.rows(s.executeQuery("SELECT model_arn FROM custom_models")).size(),
          "the statement is usable afterwards");
    }
  }

  @Test void cancelFromAnotherThreadStopsQuicklyAndTheStatementStaysUsable() throws Exception {
    emulator.faults(Faults.NONE.withLatency(2000));
    try (Connection c = connect(emulator, "pageSize=37"); Statement s = c.createStatement()) {
      emulator.clearRequests();
      CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
        try {
          Thread.sleep(300);
          s.cancel();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      long start = System.nanoTime();
      SQLException e = assertThrows(SQLException.class, () -> TestSupport.rows(s.executeQuery(
          "SELECT model_arn FROM custom_models")));
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      canceller.get();
      assertEquals("57014", e.getSQLState(), e.getMessage());
      assertTrue(millis < 1300, "canceled after 300 ms, ended after " + millis + " ms");
      Thread.sleep(2200); // the abandoned call's response would be logged by now
      // Only this query's requests (page size 37; another test's abandoned call may be logged late): at
      // most the one in flight when cancel() came, no later page, and nothing new afterwards.
      java.util.function.Supplier<List<RecordedRequest>> ours = () -> emulator.requests().stream()
          .filter(r -> "37".equals(r.param("maxResults"))).toList();
      List<RecordedRequest> afterCancel = ours.get();
      assertTrue(afterCancel.size() <= 1 && afterCancel.stream().allMatch(r -> r.param("nextToken") == null),
          "no page after the cancel: " + afterCancel);
      Thread.sleep(500);
      assertEquals(afterCancel.size(), ours.get().size(), "nothing new arrives later");
      emulator.faults(Faults.NONE);
      assertEquals(300, TestSupport.rows(s.executeQuery("SELECT model_arn FROM custom_models")).size(),
          "the same statement runs again after a cancel");
      assertEquals(300, TestSupport.query(c, "SELECT model_arn FROM custom_models").size());
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
