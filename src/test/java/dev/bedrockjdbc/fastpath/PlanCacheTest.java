package dev.bedrockjdbc.fastpath;

import static dev.bedrockjdbc.TestSupport.connect;
import static dev.bedrockjdbc.TestSupport.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.RecordedRequest;
import dev.bedrockjdbc.schema.PlanCache;

import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;
import org.apache.calcite.runtime.Hook;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A connection plans a text once: a new Statement sending it again reuses the plan, with the same rows and the same
 * API requests, whatever its maxRows; bound values, other connections and failures are not affected by it.
 */
class PlanCacheTest {
  private static final String FILTERED =
      "SELECT model_name, model_status FROM custom_models WHERE model_status = 'Active' ORDER BY creation_time DESC";
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(5, 300).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @Test void aNewStatementReusesThePlanWithTheSameRowsAndRequests() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      Run first = run(c, FILTERED, 0);
      Run again = run(c, FILTERED, 0);
      assertEquals(1, first.parses);
      assertEquals(0, again.parses, "the second Statement reuses the plan");
      assertTrue(first.rows.size() > 10, "enough Active models to tell a limit apart: " + first.rows.size());
      assertEquals(first.rows, again.rows);
      assertEquals(first.requests, again.requests);
    }
  }

  @Test void maxRowsIsTheExecutingStatementsNotTheOneThatPlanned() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      Run all = run(c, FILTERED, 0);
      Run three = run(c, FILTERED, 3);
      Run allAgain = run(c, FILTERED, 0);
      assertEquals(0, three.parses + allAgain.parses);
      assertEquals(all.rows.subList(0, 3), three.rows);
      assertEquals(all.rows, allAgain.rows);
      try (Connection fresh = connect(emulator, "")) {
        Run planned = run(fresh, FILTERED, 3);
        assertEquals(1, planned.parses);
        assertEquals(planned.rows, three.rows);
        assertEquals(planned.requests, three.requests, "the scan sizes its requests as a fresh plan does");
      }
    }
  }

  @Test void aCachedPreparedPlanTakesEachExecutionsValues() throws SQLException {
    String sql = "SELECT model_name FROM custom_models WHERE model_name = ?";
    try (Connection c = connect(emulator, "")) {
      List<List<Object>> names = query(c, "SELECT model_name FROM custom_models ORDER BY creation_time LIMIT 2");
      for (List<Object> name : names) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setString(1, (String) name.get(0));
          try (ResultSet rs = ps.executeQuery()) {
            assertEquals(List.of(name), rows(rs));
          }
        }
      }
      assertNotEquals(names.get(0), names.get(1));
    }
  }

  @Test void eachConnectionPlansForItself() throws SQLException {
    try (Connection a = connect(emulator, ""); Connection b = connect(emulator, "pushdown=false")) {
      Run pushed = run(a, FILTERED, 0);
      Run unpushed = run(b, FILTERED, 0);
      assertEquals(1, unpushed.parses, "the other connection's plan is not used");
      // Models created in the same instant may come in either order from the API's sort and Calcite's.
      assertEquals(sorted(pushed.rows), sorted(unpushed.rows));
      assertNull(unpushed.requests.get(0).param("modelStatus"), "without pushdown the status is not sent");
      assertEquals("Active", pushed.requests.get(0).param("modelStatus"));
    }
  }

  @Test void aFailingTextFailsEveryTime() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      for (int i = 0; i < 2; i++) {
        SQLException e = assertThrows(SQLException.class, () -> run(c, "SELECT nope FROM custom_models", 0));
        assertTrue(e.getMessage().contains("NOPE") || e.getMessage().contains("nope"), e.getMessage());
      }
    }
  }

  @Test void theLeastRecentlyUsedPlanLeavesFirst() {
    PlanCache cache = new PlanCache(2);
    CalciteSignature<?> one = signature("1");
    CalciteSignature<?> two = signature("2");
    CalciteSignature<?> three = signature("3");
    cache.put(key("1"), one);
    cache.put(key("2"), two);
    assertSame(one, cache.get(key("1"))); // 2 is now the least recently used
    cache.put(key("3"), three);
    assertSame(one, cache.get(key("1")));
    assertNull(cache.get(key("2")));
    assertSame(three, cache.get(key("3")));
    assertNull(cache.get(new PlanCache.Key("1", List.of("other"))), "another default schema is another plan");
  }

  private static List<String> sorted(List<List<Object>> rows) {
    return rows.stream().map(Object::toString).sorted().toList();
  }

  private static PlanCache.Key key(String sql) {
    return new PlanCache.Key(sql, List.of("bedrock"));
  }

  private static CalciteSignature<?> signature(String sql) {
    return new CalciteSignature<>(sql, List.of(), Map.of(), null, List.of(), null, null, List.of(), -1, null, null);
  }

  private record Run(int parses, List<List<Object>> rows, List<RecordedRequest> requests) {
  }

  private static Run run(Connection c, String sql, int maxRows) throws SQLException {
    emulator.clearRequests();
    AtomicInteger parses = new AtomicInteger();
    try (Hook.Closeable h = Hook.PARSE_TREE.addThread((Consumer<Object>) x -> parses.incrementAndGet());
         Statement s = c.createStatement()) {
      s.setMaxRows(maxRows);
      try (ResultSet rs = s.executeQuery(sql)) {
        return new Run(parses.get(), rows(rs), emulator.requests());
      }
    }
  }

  private static List<List<Object>> query(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rows(rs);
    }
  }
}
