package dev.bedrockjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A connection closed under a result set still being read ends that result set with 08003 and a message that
 * says so, never an internal error about rejected tasks or interrupted threads.
 */
class ClosedUnderReadTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(3, 200).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  /** The fast path and Calcite's planner; with and without reading ahead (a page in flight at the close). */
  @ParameterizedTest
  @ValueSource(strings = {"SELECT * FROM custom_models|prefetch=true", "SELECT * FROM custom_models|prefetch=false",
      "SELECT model_name FROM custom_models WHERE model_name LIKE '%'|prefetch=true",
      "SELECT model_name FROM custom_models WHERE model_name LIKE '%'|prefetch=false"})
  void closingTheConnectionEndsAnOpenResultSetWith08003(String queryAndSettings) throws SQLException {
    String[] parts = queryAndSettings.split("\\|");
    Connection c = TestSupport.connect(emulator, "pageSize=10;" + parts[1]);
    ResultSet rs = c.createStatement().executeQuery(parts[0]);
    assertTrue(rs.next());
    c.close();
    TestSupport.Read read = TestSupport.readToEnd(rs);
    SQLException e = read.failure();
    assertTrue(e != null, "the result set ended as if complete after " + (1 + read.rows()) + " of 200 rows");
    assertEquals("08003", e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().contains("connection is closed"), e.getMessage());
  }
}
