package dev.bedrockjdbc.pushdown;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.rules.JoinCommuteRule;
import org.apache.calcite.runtime.Hook;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Which rules plan a query: a one-table query of projections, filters, sorts and limits gets only the rules
 * such a plan uses (and the scan's own), anything else Calcite's whole default set. Either way the statement runs.
 */
class ShapedProgramTest {
  private static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(5, 300).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT model_name FROM custom_models WHERE model_status = 'Active'",
      "SELECT model_name FROM custom_models WHERE model_name LIKE '%bot%' AND creation_time > ? ORDER BY creation_time"
          + " DESC LIMIT 5",
      "SELECT * FROM (SELECT model_name, creation_time FROM custom_models WHERE model_status = 'Failed') t"
          + " WHERE t.creation_time > ? ORDER BY 2 FETCH FIRST 3 ROWS ONLY",
      "SELECT CASE WHEN model_status = 'Active' THEN UPPER(model_name) END, creation_time FROM custom_models"
          + " WHERE creation_time BETWEEN ? AND TIMESTAMP '2030-01-01 00:00:00' OFFSET 2",
      "SELECT model_name FROM custom_models WHERE 1 = 0",
      "SELECT UPPER('a') AS u", // values; Calcite answers 'SELECT 1' itself, unplanned
      "SELECT job_name FROM model_customization_jobs WHERE status IN ('Failed', 'Stopped') ORDER BY creation_time"})
  void oneTableQueriesGetTheOneTableRules(String sql) throws SQLException {
    RelOptPlanner planner = plannerOf(sql);
    assertTrue(planner.getRules().size() <= ShapedProgram.ONE_TABLE_RULES.size() + BedrockRules.RULES.size(),
        planner.getRules().size() + " rules: " + planner.getRules());
    assertTrue(planner.getRules().containsAll(ShapedProgram.ONE_TABLE_RULES), planner.getRules().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT m.model_name, j.job_name FROM custom_models m JOIN model_customization_jobs j ON j.custom_model_arn"
          + " = m.model_arn",
      "SELECT model_status, COUNT(*) FROM custom_models GROUP BY model_status",
      "SELECT COUNT(*) FROM custom_models WHERE creation_time > ?",
      "SELECT model_name FROM custom_models WHERE model_arn IN (SELECT custom_model_arn FROM"
          + " model_customization_jobs)",
      "SELECT model_name, ROW_NUMBER() OVER (ORDER BY creation_time) FROM custom_models",
      "SELECT model_name FROM custom_models UNION SELECT job_name FROM model_customization_jobs",
      "SELECT model_name FROM custom_models m WHERE EXISTS (SELECT 1 FROM custom_models n"
          + " WHERE n.base_model_arn = m.base_model_arn AND n.creation_time > m.creation_time)",
      "SELECT DISTINCT model_status FROM custom_models",
      // An empty VALUES that must be sorted: the one-table rules cannot, so Calcite's planner plans it again.
      "SELECT model_arn FROM custom_models ORDER BY creation_time DESC, model_arn LIMIT 0",
      "WITH w AS (SELECT * FROM custom_models WHERE base_model_arn = '') SELECT model_arn FROM w"
          + " WHERE owner_account_id = '555566667777' ORDER BY creation_time DESC, model_arn LIMIT 0"})
  void everythingElseGetsCalcitesDefaultRules(String sql) throws SQLException {
    RelOptPlanner planner = plannerOf(sql);
    assertTrue(planner.getRules().stream().anyMatch(JoinCommuteRule.class::isInstance),
        planner.getRules().size() + " rules");
  }

  /** Prepares and runs the query on a new connection (no plan reused); the planner that made its plan. */
  private static RelOptPlanner plannerOf(String sql) throws SQLException {
    AtomicReference<RelOptPlanner> planner = new AtomicReference<>();
    try (Connection c = connect(emulator, "");
         Hook.Closeable ignored = Hook.PLAN_BEFORE_IMPLEMENTATION.addThread(
             (Consumer<RelRoot>) root -> planner.set(root.rel.getCluster().getPlanner()));
         PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
        s.setTimestamp(i, Timestamp.valueOf("2020-01-01 00:00:00"));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          assertEquals(rs.getMetaData().getColumnCount(), rs.getMetaData().getColumnCount());
        }
      }
    }
    assertTrue(planner.get() != null, "planned by Calcite");
    return planner.get();
  }
}
