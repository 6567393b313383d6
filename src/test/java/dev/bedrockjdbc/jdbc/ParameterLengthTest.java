package dev.bedrockjdbc.jdbc;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.CatalogueOracle;
import dev.bedrockjdbc.OracleDb;
import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A {@code ?} bound to a string longer than its column's documented size is compared as it is: Calcite casts a
 * parameter to the type of the column it is compared with, and against a VARCHAR(12) cut {@code '123456789012!'}
 * to {@code '123456789012'} (a generated query over the fan-out found it). Rows as H2 has them.
 */
class ParameterLengthTest {
  static BedrockEmulator emulator;
  static Connection c;
  static Connection h2;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(8, 200).start();
    c = connect(emulator, "");
    h2 = CatalogueOracle.load("parameter-length", emulator);
  }

  @AfterAll static void stop() throws SQLException {
    c.close();
    h2.close();
    emulator.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"owner_account_id = ?", "owner_account_id < ?", "owner_account_id >= ?",
      "account_id = ?", "account_id <> ?", "region = ?", "region < ?", "model_status = ?", "owner_account_id LIKE ?"})
  void aLongerValueIsComparedWhole(String predicate) throws SQLException {
    String column = predicate.substring(0, predicate.indexOf(' '));
    String value;
    try (ResultSet rs = c.createStatement().executeQuery("SELECT MAX(" + column + ") FROM custom_models")) {
      rs.next();
      value = rs.getString(1);
    }
    assertTrue(value != null && !value.isEmpty());
    String sql = "SELECT model_arn FROM custom_models WHERE " + predicate;
    for (String bound : List.of(value + "!", value + " ", value + "x".repeat(100))) {
      List<List<Object>> got = OracleDb.run(c, sql, 0, bound);
      assertEquals(OracleDb.sorted(OracleDb.run(h2, sql, 0, bound)), OracleDb.sorted(got), sql + " with '" + bound + "'");
    }
  }
}
