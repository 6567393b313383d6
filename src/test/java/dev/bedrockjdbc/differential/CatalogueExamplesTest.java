package dev.bedrockjdbc.differential;

import static dev.bedrockjdbc.TestSupport.url;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bedrockjdbc.CatalogueOracle;
import dev.bedrockjdbc.OracleDb;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.ModelGenerator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The wrong answers the generated tests over every table found (issue 12), each reduced to its smallest query
 * and now the rows SQL defines, compared with H2 over the emulator's data.
 */
class CatalogueExamplesTest {
  static BedrockEmulator emulator;
  static Connection c;
  static Connection h2;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(42, 60).start();
    c = DriverManager.getConnection(url(emulator, "accountId=" + ModelGenerator.CALLER_ACCOUNT));
    h2 = CatalogueOracle.load("catalogue-examples", emulator);
  }

  @AfterAll static void stop() throws SQLException {
    c.close();
    h2.close();
    emulator.close();
  }

  static void sameRows(String sql, Object... params) throws SQLException {
    List<List<Object>> expected = OracleDb.run(h2, sql, 0, params);
    assertEquals(OracleDb.sorted(expected), OracleDb.sorted(OracleDb.run(c, sql, 0, params)), sql);
  }

  /**
   * Was an error: ListGuardrails answers ResourceNotFound for a guardrailIdentifier that names no guardrail, and
   * the driver sent the id of the predicate and failed the query (DifferentialTest seed 13, guardrails, query 69).
   */
  @Test void anIdNoGuardrailHasIsNoRow() throws SQLException {
    sameRows("SELECT id, version FROM guardrails WHERE id = 'zzzzzzzzzzzz'");
    sameRows("SELECT id, version FROM guardrails WHERE id = ?", "a".repeat(70));
    sameRows("SELECT id FROM guardrails WHERE id IN ('zzzzzzzzzzzz', (SELECT MIN(id) FROM guardrails))");
  }
}
