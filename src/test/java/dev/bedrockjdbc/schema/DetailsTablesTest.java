package dev.bedrockjdbc.schema;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;
import dev.bedrockjdbc.emulator.RecordedRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A details table: what only a Get returns, paid for only when asked. */
class DetailsTablesTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(12, 40).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  static long calls(String operation) {
    return emulator.requests().stream().filter(r -> r.operation().equals(operation)).count();
  }

  @Test void aKeyIsOneGetAndNoListing() throws SQLException {
    EmulatedModel m = emulator.models().get(7);
    try (Connection c = connect(emulator, "")) {
      emulator.clearRequests();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT model_arn, job_name, training_data_s3_uri, output_data_s3_uri FROM custom_model_details WHERE model_arn = ?")) {
        ps.setString(1, m.modelArn());
        List<List<Object>> rows = TestSupport.rows(ps.executeQuery());
        assertEquals(List.of(List.of(m.modelArn(), m.jobName(), "s3://training-data/" + m.modelName() + "/train.jsonl",
            "s3://model-output/" + m.modelName() + "/")), rows);
      }
      assertEquals(1, calls("GetCustomModel"), emulator.requests().toString());
      assertEquals(0, calls("ListCustomModels"));
    }
  }

  @Test void readAloneItListsThenGetsEachRow() throws SQLException {
    try (Connection c = connect(emulator, "pageSize=15")) {
      emulator.clearRequests();
      List<List<Object>> rows = TestSupport.query(c, "SELECT model_arn, hyper_parameters FROM custom_model_details");
      assertEquals(emulator.models().stream().map(EmulatedModel::modelArn).toList(),
          rows.stream().map(r -> r.get(0)).toList(), "every model once, in listing order");
      assertTrue(rows.stream().allMatch(r -> ((String) r.get(1)).contains("\"epochCount\":\"2\"")), rows.toString());
      assertEquals(3, calls("ListCustomModels"));
      assertEquals(40, calls("GetCustomModel"));

      emulator.clearRequests();
      assertEquals(3, TestSupport.query(c, "SELECT model_arn FROM custom_model_details LIMIT 3").size());
      assertEquals(1, calls("ListCustomModels"));
      assertEquals(3, calls("GetCustomModel"), "a limit stops the listing, and with it the Gets");
      RecordedRequest list = emulator.requests().stream().filter(r -> r.operation().equals("ListCustomModels"))
          .findFirst().orElseThrow();
      assertEquals("3", list.param("maxResults"));
    }
  }

  @Test void explainNamesTheGetPerRow() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      String plan = TestSupport.query(c, "EXPLAIN PLAN FOR SELECT * FROM custom_model_details").get(0).get(0).toString();
      assertTrue(plan.contains("request=[ListCustomModels{maxResults=1000} + GetCustomModel per row]"), plan);
      String one = TestSupport.query(c, "EXPLAIN PLAN FOR SELECT * FROM custom_model_details WHERE model_arn = '"
          + emulator.models().get(0).modelArn() + "'").get(0).get(0).toString();
      assertTrue(one.contains("request=[GetCustomModel{modelIdentifier=" + emulator.models().get(0).modelArn() + "}]"),
          one);
    }
  }

  @Test void metadataListsTheTableWithItsKeyAndRemarks() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      try (ResultSet t = c.getMetaData().getTables(null, "bedrock", "custom_model_details", null)) {
        assertTrue(t.next());
        assertTrue(t.getString("REMARKS").contains("GetCustomModel"), t.getString("REMARKS"));
      }
      Map<String, String> types;
      try (ResultSet cols = c.getMetaData().getColumns(null, "bedrock", "custom_model_details", "%")) {
        types = TestSupport.rows(cols).stream().collect(Collectors.toMap(r -> (String) r.get(3), r -> (String) r.get(5)));
      }
      assertEquals("DOUBLE", types.get("training_loss"));
      assertEquals("VARCHAR", types.get("training_metrics"));
      assertEquals(List.of("model_arn"),
          TestSupport.column(c.getMetaData().getPrimaryKeys(null, "bedrock", "custom_model_details"), "COLUMN_NAME"));
    }
  }

  @Test void aModelMissingAtItsGetIsNoRow() throws SQLException {
    Function<String, List<List<Object>>> q = arn -> {
      try (Connection c = connect(emulator, "")) {
        return TestSupport.query(c, "SELECT model_arn FROM custom_model_details WHERE model_arn IN ('" + arn + "', '"
            + emulator.models().get(1).modelArn() + "')");
      } catch (SQLException e) {
        throw new AssertionError(e);
      }
    };
    String missing = emulator.models().get(0).modelArn().replaceAll(".{12}$", "zzzzzzzzzzzz");
    assertEquals(List.of(List.of(emulator.models().get(1).modelArn())), q.apply(missing));
  }

  @Test void aJoinOnTheKeyCostsOneGetPerJoinedRow() throws SQLException {
    List<EmulatedModel> failed = emulator.models().stream().filter(m -> "Failed".equals(m.modelStatus())).toList();
    assertTrue(failed.size() > 1 && failed.size() < emulator.models().size(), "the data has some failed models");
    String join = "SELECT m.model_name, d.job_arn, d.training_data_s3_uri FROM custom_models m "
        + "JOIN custom_model_details d ON d.model_arn = m.model_arn WHERE m.model_status = 'Failed'";
    String flipped = "SELECT m.model_name, d.job_arn, d.training_data_s3_uri FROM custom_model_details d "
        + "JOIN custom_models m ON m.model_arn = d.model_arn WHERE m.model_status = 'Failed'";
    List<List<Object>> expected = failed.stream().map(m -> java.util.Arrays.<Object>asList(m.modelName(), m.jobArn(),
        "s3://training-data/" + m.modelName() + "/train.jsonl")).toList();
    for (String sql : List.of(join, flipped)) {
      try (Connection c = connect(emulator, "")) {
        emulator.clearRequests();
        assertEquals(expected, TestSupport.query(c, sql), sql);
        assertEquals(1, calls("ListCustomModels"), sql);
        assertEquals(failed.size(), calls("GetCustomModel"), "one Get per joined row: " + sql);
        String plan = TestSupport.query(c, "EXPLAIN PLAN FOR " + sql).get(0).get(0).toString();
        assertTrue(plan.contains("BedrockLookupJoin") && plan.contains("GetCustomModel per row of model_arn"), plan);
      }
    }
  }

  @Test void aJoinWithALimitGetsOnlyTheRowsItReturns() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      emulator.clearRequests();
      List<List<Object>> rows = TestSupport.query(c, "SELECT m.model_arn, d.hyper_parameters FROM "
          + "(SELECT * FROM custom_models ORDER BY creation_time DESC LIMIT 4) m "
          + "JOIN custom_model_details d ON m.model_arn = d.model_arn");
      assertEquals(4, rows.size());
      assertEquals(4, calls("GetCustomModel"));
    }
  }

  /** DBeaver's setMaxRows on a details table or a join with one: a Get per row returned, none in flight past it. */
  @Test void maxRowsGetsOnlyTheRowsItReturns() throws SQLException {
    for (String sql : List.of("SELECT * FROM custom_model_details", "SELECT m.model_name, d.job_arn FROM "
        + "custom_models m JOIN custom_model_details d ON d.model_arn = m.model_arn")) {
      try (Connection c = connect(emulator, "detailConcurrency=4"); java.sql.Statement s = c.createStatement()) {
        s.setMaxRows(6);
        emulator.clearRequests();
        assertEquals(6, TestSupport.rows(s.executeQuery(sql)).size());
        assertEquals(6, calls("GetCustomModel"), sql);
        assertEquals(1, calls("ListCustomModels"), sql);
      }
    }
  }

  @Test void otherConditionsOfTheOnClauseStillApply() throws SQLException {
    EmulatedModel m = emulator.models().get(3);
    try (Connection c = connect(emulator, "pushdown=false")) {
      String sql = "SELECT m.model_arn FROM custom_models m JOIN custom_model_details d ON d.model_arn = m.model_arn "
          + "AND d.job_name = m.model_name";
      List<List<Object>> reference = TestSupport.query(c, sql);
      try (Connection pushed = connect(emulator, "")) {
        assertEquals(reference, TestSupport.query(pushed, sql));
      }
    }
  }
}
