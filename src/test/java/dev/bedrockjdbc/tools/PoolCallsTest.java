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
import java.util.ArrayList;
import java.util.List;

/** What connection pools call between queries: isValid before a borrow, abort for a connection they drop. */
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

  @Test void abortClosesAtOnceAndReleasesOnTheExecutor() throws SQLException {
    Connection c = connect(emulator, "");
    SQLException noExecutor = assertThrows(SQLException.class, () -> c.abort(null));
    assertEquals("22023", noExecutor.getSQLState());
    assertFalse(c.isClosed(), "a refused abort leaves the connection open");
    List<Runnable> queued = new ArrayList<>();
    c.abort(queued::add);
    assertTrue(c.isClosed(), "closed for its users before the executor runs");
    assertFalse(c.isValid(0));
    assertEquals("08003", assertThrows(SQLException.class, c::createStatement).getSQLState());
    assertEquals("08003", assertThrows(SQLException.class, () -> c.prepareStatement("SELECT 1")).getSQLState());
    assertEquals(1, queued.size(), "the close itself is left to the executor");
    queued.get(0).run();
    assertTrue(c.isClosed());
    c.abort(queued::add);
    assertEquals(1, queued.size(), "aborting a closed connection does nothing");
    c.close();
  }
}
