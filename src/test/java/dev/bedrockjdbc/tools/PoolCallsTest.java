package dev.bedrockjdbc.tools;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** What connection pools call between queries: isValid before a borrow. */
class PoolCallsTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(23, 5).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  /** HikariCP asks before every borrow of a connection idle 500 ms: a call each time would spend throttling budget. */
  @Test void isValidAnswersWithoutAnApiCall() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      emulator.clearRequests();
      assertTrue(c.isValid(0));
      assertTrue(c.isValid(5));
      assertEquals(List.of(), emulator.requests());
      SQLException e = assertThrows(SQLException.class, () -> c.isValid(-1));
      assertEquals("22023", e.getSQLState());
      c.close();
      assertFalse(c.isValid(0));
    }
  }
}
