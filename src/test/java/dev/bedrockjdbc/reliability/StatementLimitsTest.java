package dev.bedrockjdbc.reliability;

import static dev.bedrockjdbc.TestSupport.connect;
import static dev.bedrockjdbc.TestSupport.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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
}
