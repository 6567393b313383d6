package dev.bedrockjdbc.pushdown;

import static dev.bedrockjdbc.TestSupport.connect;
import static dev.bedrockjdbc.TestSupport.listCalls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;
import dev.bedrockjdbc.emulator.RecordedRequest;

import org.apache.calcite.runtime.Hook;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** EXPLAIN shows the requests; prepared plans are reused; paging and setMaxRows cost what they should. */
class PushdownPlanTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(13, 2500).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  static String explain(Connection c, String sql) throws SQLException {
    StringBuilder sb = new StringBuilder();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      while (rs.next()) {
        sb.append(rs.getString(1));
      }
    }
    return sb.toString();
  }

  @Test void explainShowsTheExactRequests() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      assertTrue(explain(c, "SELECT model_name, creation_time FROM custom_models WHERE model_name LIKE '%support%' "
          + "ORDER BY creation_time DESC LIMIT 5").contains(
          "BedrockTableScan(table=[[bedrock, custom_models]], fields=[[model_name, creation_time]], "
              + "request=[ListCustomModels{nameContains=support, sortBy=CreationTime, sortOrder=Descending, "
              + "maxResults=1000}])"));
      String topN = explain(c, "SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT 5");
      assertTrue(topN.contains("request=[ListCustomModels{sortBy=CreationTime, sortOrder=Descending, maxResults=5}, "
          + "rows=5]"), topN);
      assertFalse(topN.contains("EnumerableSort"), "the API's order is the query's order: " + topN);
      assertTrue(explain(c, "SELECT * FROM custom_models WHERE creation_time >= TIMESTAMP '2025-01-01 10:00:00.250' "
          + "AND model_status = 'Active' AND NOT is_owned").contains("request=[ListCustomModels{creationTimeAfter="
          + "2025-01-01T09:59:59Z, isOwned=false, modelStatus=Active, maxResults=1000}]"));
      String unknown = explain(c, "SELECT model_name FROM custom_models WHERE model_status = 'Bogus' LIMIT 2");
      assertTrue(unknown.contains("request=[ListCustomModels{maxResults=1000}]"),
          "a status the driver does not know is not sent, and the limit cannot stop the scan: " + unknown);
      String in = explain(c, "SELECT model_name FROM custom_models WHERE model_status IN ('Active', 'Failed') "
          + "ORDER BY creation_time DESC LIMIT 3");
      assertTrue(in.contains("request=[ListCustomModels{modelStatus=Active, sortBy=CreationTime, sortOrder=Descending, "
          + "maxResults=3}, ListCustomModels{modelStatus=Failed, sortBy=CreationTime, sortOrder=Descending, "
          + "maxResults=3}, rows=3]"), "status is exact: each stream stops at the limit: " + in);
      String arn = emulator.models().get(0).modelArn();
      assertTrue(explain(c, "SELECT model_name FROM custom_models WHERE model_arn = '" + arn + "'")
          .contains("request=[GetCustomModel{modelIdentifier=" + arn + "}]"));
      String extraKey = explain(c, "SELECT model_name FROM custom_models ORDER BY creation_time DESC, model_name LIMIT 3");
      assertTrue(extraKey.contains("EnumerableSort") || extraKey.contains("EnumerableLimitSort"),
          "a second sort key keeps Calcite's sort: " + extraKey);
    }
  }

  @Test void anInListOfTwentyIsTwentyStreams() throws SQLException {
    List<String> names = emulator.models().stream().map(EmulatedModel::modelName).distinct().limit(21).toList();
    String twenty = names.subList(0, 20).stream().map(n -> "'" + n + "'").collect(java.util.stream.Collectors.joining(", "));
    try (Connection c = connect(emulator, "")) {
      String plan = explain(c, "SELECT model_arn FROM custom_models WHERE model_name IN (" + twenty + ")");
      assertEquals(20, plan.split("ListCustomModels\\{nameContains=", -1).length - 1, plan);
      String more = twenty + ", '" + names.get(20) + "'";
      assertEquals(1, explain(c, "SELECT model_arn FROM custom_models WHERE model_name IN (" + more + ")")
          .split("ListCustomModels", -1).length - 1, "21 values: one scan");
    }
  }

  @Test void pushdownFalseSendsNothingButThePageSize() throws SQLException {
    String sql = "SELECT model_name FROM custom_models WHERE model_status = 'Active' AND model_name LIKE '%bot%' "
        + "ORDER BY creation_time DESC LIMIT 3";
    try (Connection c = connect(emulator, "pushdown=false")) {
      String plan = explain(c, sql);
      assertTrue(plan.contains("request=[ListCustomModels{maxResults=1000}]"), plan);
      assertTrue(plan.contains("EnumerableFilter") || plan.contains("EnumerableCalc"), "Calcite filters: " + plan);
      emulator.clearRequests();
      List<List<Object>> rows = TestSupport.query(c, sql);
      assertTrue(listCalls(emulator).stream().allMatch(r -> r.params().keySet().equals(java.util.Set.of("maxResults"))
          || r.params().keySet().equals(java.util.Set.of("maxResults", "nextToken"))), "every page, unfiltered: " + listCalls(emulator));
      try (Connection pushed = connect(emulator, "")) {
        assertEquals(TestSupport.query(pushed, sql), rows);
      }
    }
  }

  @Test void parametersShowInExplainAndAreBoundPerExecution() throws SQLException {
    try (Connection c = connect(emulator, "accountId=123456789012");
         PreparedStatement ps = c.prepareStatement("SELECT creation_time, model_name FROM custom_models "
             + "WHERE model_status = ? ORDER BY creation_time DESC LIMIT ?")) {
      AtomicInteger plans = new AtomicInteger();
      try (Hook.Closeable h = Hook.PLANNER.addThread((java.util.function.Consumer<Object>) p -> plans.incrementAndGet())) {
        for (String status : List.of("Active", "Failed", "Creating", "Bogus")) {
          emulator.clearRequests();
          ps.setString(1, status);
          ps.setInt(2, 3);
          List<List<Object>> rows;
          try (ResultSet rs = ps.executeQuery()) {
            rows = TestSupport.rows(rs);
          }
          List<String> expected = emulator.models().stream().filter(m -> status.equals(m.modelStatus()))
              .sorted(Comparator.comparing(EmulatedModel::creationTime).reversed()).limit(3)
              .map(EmulatedModel::modelName).toList();
          assertEquals(expected.size(), rows.size(), status);
          List<RecordedRequest> calls = listCalls(emulator);
          if (status.equals("Bogus")) {
            // Not sent, and its filter may drop rows: no cap, every page is read.
            assertTrue(calls.stream().allMatch(r -> r.param("modelStatus") == null && r.param("maxResults").equals("1000")),
                calls.toString());
          } else {
            assertEquals(1, calls.size());
            assertEquals(status, calls.get(0).param("modelStatus"));
            assertEquals("3", calls.get(0).param("maxResults"));
            assertEquals("Descending", calls.get(0).param("sortOrder"));
          }
        }
      }
      assertEquals(0, plans.get(), "re-executing a prepared statement does not plan again");
    }
  }

  @Test void cachedCompiledPlansNeverMixUpApiQueries() throws SQLException {
    // ASC and DESC compile to the same Java source (the scan alone); only the stashed API query differs.
    List<String> oldest = emulator.models().stream().sorted(Comparator.comparing(EmulatedModel::creationTime)
        .thenComparing(EmulatedModel::modelArn)).limit(3).map(EmulatedModel::modelArn).toList();
    List<String> newest = emulator.models().stream().sorted(Comparator.comparing(EmulatedModel::creationTime)
        .thenComparing(EmulatedModel::modelArn).reversed()).limit(3).map(EmulatedModel::modelArn).toList();
    try (Connection c = connect(emulator, "")) {
      for (int i = 0; i < 3; i++) {
        assertEquals(oldest, TestSupport.query(c, "SELECT model_arn FROM custom_models ORDER BY creation_time LIMIT 3")
            .stream().map(r -> (String) r.get(0)).toList());
        assertEquals(newest, TestSupport.query(c, "SELECT model_arn FROM custom_models ORDER BY creation_time DESC "
            + "LIMIT 3").stream().map(r -> (String) r.get(0)).toList());
      }
    }
  }

  @Test void setMaxRowsWithoutLimitIsOneRequest() throws SQLException {
    try (Connection c = connect(emulator, ""); Statement s = c.createStatement()) {
      s.setMaxRows(7);
      emulator.clearRequests();
      try (ResultSet rs = s.executeQuery("SELECT model_name FROM custom_models")) {
        assertEquals(7, TestSupport.rows(rs).size());
      }
      assertEquals(1, emulator.requests().size());
      s.setMaxRows(200); // DBeaver's default page
      emulator.clearRequests();
      try (ResultSet rs = s.executeQuery("SELECT model_name, creation_time FROM custom_models WHERE model_status = 'Active'")) {
        assertEquals(200, TestSupport.rows(rs).size());
      }
      assertEquals(1, emulator.requests().size());
    }
  }

  /** Calcite itself applies maxRows only to plain Statements; the driver applies it to prepared ones too. */
  @Test void preparedStatementsHonourMaxRows() throws SQLException {
    try (Connection c = connect(emulator, "");
         PreparedStatement ps = c.prepareStatement(
             "SELECT model_name FROM custom_models WHERE model_status = ? ORDER BY creation_time DESC")) {
      ps.setString(1, "Active");
      for (int maxRows : new int[] {7, 200, 0}) {
        ps.setMaxRows(maxRows);
        emulator.clearRequests();
        try (ResultSet rs = ps.executeQuery()) {
          int rows = TestSupport.rows(rs).size();
          assertEquals(maxRows == 0 ? emulator.models().stream().filter(m -> "Active".equals(m.modelStatus())).count()
              : maxRows, rows);
        }
        if (maxRows > 0) {
          assertEquals(1, emulator.requests().size(), "maxRows " + maxRows);
        }
      }
    }
  }

  @Test void multiPageQueriesCostExactlyTheirPages() throws SQLException {
    long active = emulator.models().stream().filter(m -> "Active".equals(m.modelStatus())).count();
    try (Connection c = connect(emulator, "pageSize=50")) {
      emulator.clearRequests();
      assertEquals(active, TestSupport.query(c, "SELECT model_arn FROM custom_models WHERE model_status = 'Active'").size());
      assertEquals((active + 49) / 50, emulator.requests().size());
      emulator.clearRequests();
      List<List<Object>> top = TestSupport.query(c,
          "SELECT model_arn FROM custom_models ORDER BY creation_time DESC LIMIT 120");
      assertEquals(120, top.size());
      List<RecordedRequest> calls = emulator.requests();
      assertEquals(3, calls.size(), "120 rows in pages of 50: 50 + 50 + 20, nothing more: " + calls);
      assertEquals("20", calls.get(2).param("maxResults"));
    }
  }

  @Test void mergedStreamsKeepTheSqlOrderAcrossPages() throws SQLException {
    List<String> expected = emulator.models().stream()
        .filter(m -> "Failed".equals(m.modelStatus()) || "Creating".equals(m.modelStatus()))
        .sorted(Comparator.comparing(EmulatedModel::creationTime)).map(m -> m.creationTime().toEpochMilli() + "")
        .toList();
    try (Connection c = connect(emulator, "pageSize=25")) {
      List<String> actual = TestSupport.query(c, "SELECT creation_time FROM custom_models "
          + "WHERE model_status IN ('Failed', 'Creating') ORDER BY creation_time").stream()
          .map(r -> ((java.sql.Timestamp) r.get(0)).getTime() + "").toList();
      assertEquals(expected, actual);
    }
  }

  @Test void modelArnParameterCostsAtMostTwoCalls() throws SQLException {
    EmulatedModel m = emulator.models().get(42);
    try (Connection c = connect(emulator, "accountId=123456789012");
         PreparedStatement ps = c.prepareStatement("SELECT * FROM custom_models WHERE model_arn = ?")) {
      ps.setString(1, m.modelArn());
      emulator.clearRequests();
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(m.modelName(), rs.getString("model_name"));
        assertEquals(m.baseModelName(), rs.getString("base_model_name"));
        assertEquals(m.ownerAccountId(), rs.getString("owner_account_id"));
        assertFalse(rs.next());
      }
      List<RecordedRequest> calls = emulator.requests();
      assertEquals(List.of("GetCustomModel", "ListCustomModels"), calls.stream().map(RecordedRequest::operation).toList());
      ps.setString(1, m.modelArn().substring(0, m.modelArn().length() - 12) + "000000000000");
      emulator.clearRequests();
      try (ResultSet rs = ps.executeQuery()) {
        assertFalse(rs.next(), "a missing model is an empty result");
      }
      assertEquals(1, emulator.requests().size());
    }
  }
}
