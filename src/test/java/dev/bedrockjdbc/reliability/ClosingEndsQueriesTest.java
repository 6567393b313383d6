package dev.bedrockjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A query blocked on a hung service ends at once, with its own SQLState, when another thread cancels it,
 * closes its statement, or closes or aborts its connection (issue 17, item 5: close waited out apiCallTimeout,
 * two minutes). The waits are on conditions, each at most a minute: a query that is not released fails the
 * test by timing out, as it would have waited the full apiCallTimeout.
 */
class ClosingEndsQueriesTest {
  static final String SQL = "SELECT model_arn FROM custom_models";
  /** Runs each task on a thread of its own: the abort's close, the reader. */
  static final Executor NEW_THREAD = task -> new Thread(task, "closing-test").start();

  /** What another thread does to a query in flight on {@code s} of {@code c}. */
  interface Ending {
    void end(Connection c, Statement s) throws SQLException;
  }

  static Stream<Arguments> endings() {
    return Stream.of(
        Arguments.of("Statement.cancel()", "57014", (Ending) (c, s) -> s.cancel()),
        Arguments.of("Statement.close()", "57014", (Ending) (c, s) -> s.close()),
        Arguments.of("Connection.close()", "08003", (Ending) (c, s) -> c.close()),
        Arguments.of("Connection.abort(executor)", "08003", (Ending) (c, s) -> c.abort(NEW_THREAD)));
  }

  @ParameterizedTest(name = "{0}") @MethodSource("endings")
  void endsAPlainStatementsQuery(String how, String state, Ending ending) throws Exception {
    endsTheQuery(false, state, ending);
  }

  @ParameterizedTest(name = "{0}") @MethodSource("endings")
  void endsAPreparedStatementsQuery(String how, String state, Ending ending) throws Exception {
    endsTheQuery(true, state, ending);
  }

  private static void endsTheQuery(boolean prepared, String state, Ending ending) throws Exception {
    try (HostileServer server = HostileServer.hanging(); Connection c = DriverManager.getConnection(server.url(""))) {
      Statement s = prepared ? c.prepareStatement(SQL) : c.createStatement();
      CompletableFuture<SQLException> reader = readInBackground(s);
      assertTrue(server.awaitRequest(60), "the query's first call reached the server");
      ending.end(c, s);
      SQLException e = reader.get(60, TimeUnit.SECONDS);
      assertNotNull(e, "the query ended as if complete");
      assertEquals(state, e.getSQLState(), e.getMessage());
    }
  }

  /**
   * Cancel sets Avatica's flag and the next execution clears it, both through public API (issue 16, item 7):
   * if an Avatica upgrade made the flag the driver clears another than the one the scan watches, the statement
   * would stay canceled and the second execution fail.
   */
  @ParameterizedTest @ValueSource(booleans = {false, true})
  void aStatementCanceledWhileBlockedRunsAgain(boolean prepared) throws Exception {
    try (HostileServer server = HostileServer.hanging(); Connection c = DriverManager.getConnection(server.url(""));
         Statement s = prepared ? c.prepareStatement(SQL) : c.createStatement()) {
      CompletableFuture<SQLException> reader = readInBackground(s);
      assertTrue(server.awaitRequest(60), "the query's first call reached the server");
      s.cancel();
      SQLException e = reader.get(60, TimeUnit.SECONDS);
      assertNotNull(e, "the query ended as if complete");
      assertEquals("57014", e.getSQLState(), e.getMessage());
      server.release();
      assertEquals(null, read(s), "the same statement runs again after the cancel");
    }
  }

  private static CompletableFuture<SQLException> readInBackground(Statement s) {
    return CompletableFuture.supplyAsync(() -> read(s), NEW_THREAD);
  }

  /**
   * The query timeout, the statement's own or the connection's queryTimeout default, ends a query the service
   * never answers, though the SDK's own apiCallTimeout is ten minutes away; the statement runs again afterwards.
   */
  @ParameterizedTest @CsvSource({"false,false", "true,false", "false,true", "true,true"})
  void theQueryTimeoutEndsABlockedQuery(boolean prepared, boolean fromTheConnection) throws Exception {
    try (HostileServer server = HostileServer.hanging();
         Connection c = DriverManager.getConnection(server.url("apiCallTimeout=600000"
             + (fromTheConnection ? ";queryTimeout=1" : "")));
         Statement s = prepared ? c.prepareStatement(SQL) : c.createStatement()) {
      if (fromTheConnection) {
        assertEquals(1, s.getQueryTimeout(), "the queryTimeout property is each statement's default");
      } else {
        s.setQueryTimeout(1);
      }
      SQLException e = readInBackground(s).get(60, TimeUnit.SECONDS);
      assertNotNull(e, "the query ended as if complete");
      assertEquals("HYT00", e.getSQLState(), e.getMessage());
      server.release();
      assertEquals(null, read(s), "the statement runs again");
    }
  }

  /** Reads every row; the failure, or null if the query completed. */
  private static SQLException read(Statement s) {
    try (ResultSet rs = s instanceof PreparedStatement p ? p.executeQuery() : s.executeQuery(SQL)) {
      while (rs.next()) {
        // every row
      }
      return null;
    } catch (SQLException e) {
      return e;
    }
  }
}
