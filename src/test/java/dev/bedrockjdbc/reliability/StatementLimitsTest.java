package dev.bedrockjdbc.reliability;

import static dev.bedrockjdbc.TestSupport.connect;
import static dev.bedrockjdbc.TestSupport.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.fastpath.StatementLimits;

import org.apache.calcite.runtime.Hook;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Statements and settings beyond what the driver can run get the documented SQLState and a short message. */
class StatementLimitsTest {
  static BedrockEmulator emulator;
  static Connection c;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(29, 25).start();
    c = connect(emulator, "");
  }

  @AfterAll static void stop() throws SQLException {
    c.close();
    emulator.close();
  }

  static SQLException failing(String sql) {
    SQLException e = assertThrows(SQLException.class, () -> query(c, sql), sql);
    assertTrue(e.getMessage().length() < 300, "a short message: " + e.getMessage().length() + " characters");
    return e;
  }

  @Test void rowCountsBeyondIntAre2201WAnd2201X() throws SQLException {
    for (String sql : new String[] {"SELECT model_name FROM custom_models LIMIT 2147483648",
        "SELECT * FROM custom_models LIMIT 2147483648",
        "SELECT model_name FROM custom_models FETCH FIRST 2147483648 ROWS ONLY",
        "SELECT * FROM (SELECT model_name FROM custom_models ORDER BY model_name LIMIT 2147483648) t"}) {
      SQLException e = failing(sql);
      assertEquals("2201W", e.getSQLState(), sql);
      assertTrue(e.getMessage().contains("at most 2147483647"), e.getMessage());
    }
    SQLException offset = failing("SELECT * FROM custom_models LIMIT 1 OFFSET 2147483648");
    assertEquals("2201X", offset.getSQLState());
    assertTrue(offset.getMessage().startsWith("OFFSET takes at most 2147483647"), offset.getMessage());
    assertEquals(25, query(c, "SELECT model_name FROM custom_models LIMIT 2147483647").size());
  }

  @Test void aParameterWithoutAnInferableTypeSaysHowToCastIt() throws SQLException {
    String sql = "SELECT model_name FROM custom_models WHERE CASE WHEN model_status = ? THEN 1 ELSE 0 END = 1";
    SQLException e = assertThrows(SQLException.class, () -> c.prepareStatement(sql));
    assertEquals("0A000", e.getSQLState());
    assertTrue(e.getMessage().contains("CAST(? AS VARCHAR)"), e.getMessage());
    try (var ps = c.prepareStatement(sql.replace("= ?", "= CAST(? AS VARCHAR)"))) {
      ps.setString(1, "Active");
      long active = emulator.models().stream().filter(m -> "Active".equals(m.modelStatus())).count();
      assertEquals(active, TestSupport.rows(ps.executeQuery()).size(), "the advice works");
    }
  }

  @Test void anOverLongArnShapedValueIsNotSent() throws SQLException {
    String arn = emulator.models().get(0).modelArn().replace("arn:aws:", "arn:aws-" + "x".repeat(2048) + ":");
    emulator.clearRequests();
    assertEquals(0, query(c, "SELECT model_name FROM custom_models WHERE model_arn = '" + arn + "'").size());
    assertTrue(emulator.requests().stream().noneMatch(r -> r.operation().equals("GetCustomModel")),
        "GetCustomModel takes at most 2048 characters: " + emulator.requests());
  }

  @Test void aMegabyteLikePatternIs54000() throws SQLException {
    SQLException e = failing("SELECT model_name FROM custom_models WHERE model_name LIKE '" + "%_".repeat(500_000) + "'");
    assertEquals("54000", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("too long or complex"), e.getMessage());
    assertEquals(25, query(c, "SELECT model_name FROM custom_models WHERE model_name LIKE '%'").size(), "still usable");
  }

  @Test void anInvalidRegularExpressionIs2201B() {
    SQLException e = failing("SELECT model_name FROM custom_models WHERE model_name SIMILAR TO '(('");
    assertEquals("2201B", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().startsWith("Invalid regular expression: Unclosed group"), e.getMessage());
  }

  @Test void deepNestingIs54001() {
    for (int depth : new int[] {2_000, 20_000}) {
      SQLException e = failing("SELECT " + "(".repeat(depth) + "1" + ")".repeat(depth) + " FROM custom_models");
      assertEquals("54001", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("too deeply nested"), e.getMessage());
    }
  }

  @Test void aBadEndpointPortFailsAtConnect() {
    for (String port : new String[] {"99999", "0", "65536"}) {
      emulator.clearRequests();
      SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(
          TestSupport.url(emulator, "").replace(emulator.endpoint().toString(), "http://127.0.0.1:" + port)).close());
      assertEquals("08001", e.getSQLState());
      assertTrue(e.getMessage().contains("for 'endpoint'") && e.getMessage().contains("port 1 to 65535"),
          e.getMessage());
      assertEquals(0, emulator.requests().size());
    }
  }

  static String list(int n, String each) {
    return IntStream.range(0, n).mapToObj(i -> each.replace("#", String.valueOf(i))).collect(Collectors.joining(", "));
  }

  /** Refused once parsed, with no API call, on a plain and on a prepared statement. */
  static void refused(String sql, String says) throws SQLException {
    emulator.clearRequests();
    for (boolean prepared : new boolean[] {false, true}) {
      SQLException e = assertThrows(SQLException.class, () -> {
        if (prepared) {
          c.prepareStatement(sql).close();
        } else {
          query(c, sql);
        }
      });
      assertEquals("54000", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains(says) && e.getMessage().length() < 200, e.getMessage());
    }
    assertEquals(List.of(), emulator.requests());
  }

  @Test void statementsBeyondThePlannedSizesAreRefusedUpFront() throws SQLException {
    refused("SELECT " + list(8_000, "model_name AS c#") + " FROM custom_models", "lists 8000 columns; at most 1000");
    refused("SELECT model_name FROM custom_models WHERE model_name IN (" + list(10_000, "'m#'") + ")",
        "holds 10000 values; at most 1000");
    refused("SELECT model_name FROM custom_models WHERE model_arn NOT IN (" + list(10_000, "?") + ")",
        "holds 10000 values");
    refused("SELECT model_name FROM custom_models WHERE model_name IN (" + list(600, "?") + ") OR base_model_name IN ("
        + list(401, "?") + ")", "more than 1000 ? parameters");
    refused("SELECT model_name FROM custom_models WHERE model_name = '" + "x".repeat(StatementLimits.MAX_SQL_CHARS)
        + "'", "characters long; at most 1048576");
  }

  @Test void statementsAtThePlannedSizesRun() throws SQLException {
    String names = list(StatementLimits.MAX_IN_VALUES - 1, "'m#'") + ", '" + emulator.models().get(3).modelName() + "'";
    List<List<Object>> rows = query(c, "SELECT " + list(StatementLimits.MAX_SELECT_ITEMS, "model_name AS c#")
        + " FROM custom_models WHERE model_name IN (" + names + ")");
    assertEquals(1, rows.size());
    assertEquals(StatementLimits.MAX_SELECT_ITEMS, rows.get(0).size());
  }

  /**
   * cancel() while the planner works (a test hook holds planning until the other thread has canceled) ends
   * the execution there, before code generation and any API call; the statement runs normally afterwards.
   */
  @Test void cancelDuringPlanningEndsTheExecution() throws Exception {
    String sql = "SELECT model_name FROM custom_models WHERE model_status = 'Active'";
    try (Statement s = c.createStatement()) {
      CountDownLatch planning = new CountDownLatch(1);
      CountDownLatch canceled = new CountDownLatch(1);
      Thread canceler = new Thread(() -> {
        try {
          planning.await();
          s.cancel();
          canceled.countDown();
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      });
      canceler.start();
      emulator.clearRequests();
      SQLException e;
      AtomicBoolean generated = new AtomicBoolean();
      try (Hook.Closeable held = Hook.PLANNER.addThread((Consumer<Object>) planner -> {
            planning.countDown();
            awaitOrFail(canceled);
          });
           Hook.Closeable code = Hook.JAVA_PLAN.addThread((Consumer<Object>) java -> generated.set(true))) {
        e = assertThrows(SQLException.class, () -> s.executeQuery(sql));
      }
      canceler.join();
      assertEquals("57014", e.getSQLState(), e.getMessage());
      assertFalse(generated.get(), "planning stopped at the cancel, not after code generation");
      assertEquals(List.of(), emulator.requests(), "stopped before the API was called");
      long active = emulator.models().stream().filter(m -> "Active".equals(m.modelStatus())).count();
      assertEquals(active, TestSupport.rows(s.executeQuery(sql)).size(), "usable after the cancel");
    }
  }

  /** A query timeout counts from execute(): planning that runs past it stops there, with HYT00. */
  @Test void theQueryTimeoutCoversPlanning() throws Exception {
    try (Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      emulator.clearRequests();
      SQLException e;
      try (Hook.Closeable slow = Hook.CONVERTED.addThread((Consumer<Object>) rel -> {
        long past = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_100);
        while (System.nanoTime() - past < 0) { // until the statement's deadline has passed
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
      })) {
        e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT model_name FROM custom_models "
            + "WHERE model_name LIKE '%a%'"));
      }
      assertEquals("HYT00", e.getSQLState(), e.getMessage());
      assertEquals(List.of(), emulator.requests(), "stopped before the API was called");
    }
  }

  private static void awaitOrFail(CountDownLatch latch) {
    try {
      assertTrue(latch.await(60, TimeUnit.SECONDS), "the other thread did not cancel");
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
