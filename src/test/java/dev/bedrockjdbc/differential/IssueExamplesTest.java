package dev.bedrockjdbc.differential;

import static dev.bedrockjdbc.TestSupport.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.OracleDb;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;
import dev.bedrockjdbc.emulator.ModelGenerator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/** The wrong answers issue 11 reported (emulator seed 42, 3,000 models), each now the rows SQL defines. */
class IssueExamplesTest {
  static BedrockEmulator emulator;
  static Connection c;
  static Connection h2;

  @BeforeAll static void start() throws Exception {
    List<EmulatedModel> models = ModelGenerator.generate(42, 3_000);
    emulator = BedrockEmulator.builder().models(models).start();
    c = DriverManager.getConnection(url(emulator, "accountId=" + ModelGenerator.CALLER_ACCOUNT));
    h2 = OracleDb.load("examples", models, ModelGenerator.CALLER_ACCOUNT);
  }

  @AfterAll static void stop() throws SQLException {
    c.close();
    h2.close();
    emulator.close();
  }

  /** Was 0 rows: the merged filter's unpushed conjunct sat under a scan capped at 7. */
  @Test void failedNovaMicroThroughASubqueryIsSevenRows() throws SQLException {
    String sql = "SELECT * FROM (SELECT * FROM custom_models WHERE model_status = 'Failed') t "
        + "WHERE base_model_name = 'Nova Micro' LIMIT 7";
    String all = sql.replace(" LIMIT 7", "");
    List<List<Object>> rows = OracleDb.run(c, sql, 0);
    long available = OracleDb.run(h2, all, 0).size();
    assertEquals(Math.min(7, available), rows.size());
    assertTrue(OracleDb.run(h2, all, 0).containsAll(rows), "each row is a row of the query");
  }

  /** Was 5 rows: the same cause through an ORDER BY in the subquery. */
  @Test void fineTunedActiveThroughASortedSubqueryIsSevenRows() throws SQLException {
    String sql = "SELECT model_arn FROM (SELECT * FROM custom_models WHERE model_status = 'Active' "
        + "ORDER BY creation_time DESC) t WHERE customization_type = 'FINE_TUNING' LIMIT 7";
    List<List<Object>> rows = OracleDb.run(c, sql, 0);
    assertEquals(7, rows.size());
    assertTrue(OracleDb.run(h2, sql.replace(" LIMIT 7", ""), 0).containsAll(rows));
  }

  /** Was 333 vs 318: the column read the filter's value, so the OR branch changed rows' values. */
  @Test void anOrBranchThatMatchesNothingRemovesNoRow() throws SQLException {
    String fm = emulator.models().stream().map(EmulatedModel::foundationModelArn).filter(Objects::nonNull)
        .findFirst().orElseThrow();
    String one = "SELECT COUNT(*) FROM custom_models WHERE foundation_model_arn = '" + fm + "'";
    Object count = OracleDb.run(c, one, 0).get(0).get(0);
    assertEquals(count, OracleDb.run(c, one + " OR model_name = 'no-such'", 0).get(0).get(0));
    assertEquals(OracleDb.run(h2, one, 0).get(0).get(0), count);
  }
}
