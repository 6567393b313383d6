package dev.bedrockjdbc.tools;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole JDBC contract, as generic tools (pools, SchemaCrawler, Spring) call it: every method of every
 * object the driver hands out either works or throws a classified SQLException, SQLFeatureNotSupportedException
 * for what it does not do; never an unchecked exception, never Avatica's "todo" placeholder.
 */
class JdbcContractTest extends EmulatorFixture {
  /** A fast-path query and a planned one: their result sets are read by different code. */
  static final String FAST = "SELECT model_name FROM custom_models LIMIT 2";
  static final String PLANNED = "SELECT model_name FROM custom_models WHERE model_status = 'Active' LIMIT 2";
  static final String PREPARED = "SELECT model_name FROM custom_models WHERE model_name <> ? LIMIT 2";
  /** Ended last in every sweep (or on their own): close and abort would leave nothing to call. */
  static final Set<String> ENDING = Set.of("close", "abort");

  @Test void everyDatabaseMetaDataMethodAnswers() throws Exception {
    assertEquals(List.of(), JdbcSweep.violations(DatabaseMetaData.class, connection::getMetaData, "%", Set.of()));
  }

  /** Avatica's placeholders threw "todo"; the answers a tool plans a result set's handling by. */
  @Test void metaDataAnswersFitAReadOnlyForwardOnlyAutoCommitSource() throws SQLException {
    DatabaseMetaData md = connection.getMetaData();
    for (int type : new int[] {ResultSet.TYPE_FORWARD_ONLY, ResultSet.TYPE_SCROLL_INSENSITIVE,
        ResultSet.TYPE_SCROLL_SENSITIVE}) {
      List<Boolean> seen = List.of(md.insertsAreDetected(type), md.updatesAreDetected(type),
          md.deletesAreDetected(type), md.ownInsertsAreVisible(type), md.ownUpdatesAreVisible(type),
          md.ownDeletesAreVisible(type), md.othersInsertsAreVisible(type), md.othersUpdatesAreVisible(type),
          md.othersDeletesAreVisible(type));
      assertEquals(List.of(false, false, false, false, false, false, false, false, false), seen, "type " + type);
    }
    int holdability = connection.getHoldability();
    assertEquals(holdability, md.getResultSetHoldability());
    assertTrue(md.supportsResultSetHoldability(holdability));
    assertFalse(md.supportsResultSetHoldability(holdability == ResultSet.HOLD_CURSORS_OVER_COMMIT
        ? ResultSet.CLOSE_CURSORS_AT_COMMIT : ResultSet.HOLD_CURSORS_OVER_COMMIT));
    assertEquals(List.of(false, false, false, false), List.of(md.allProceduresAreCallable(),
        md.supportsStoredFunctionsUsingCallSyntax(), md.dataDefinitionCausesTransactionCommit(),
        md.supportsDataManipulationTransactionsOnly()), "no procedures, no transactions");
    assertSame(md, md.unwrap(DatabaseMetaData.class));
    assertFalse(md.isWrapperFor(Connection.class));
  }

  @Test void everyConnectionMethodWorksOrIsNotSupported() throws Exception {
    assertEquals(List.of(), JdbcSweep.violations(Connection.class, () -> opened(connect(emulator, "")), FAST,
        ENDING));
  }

  @Test void everyStatementMethodWorksOrIsNotSupported() throws Exception {
    assertEquals(List.of(), JdbcSweep.violations(Statement.class, () -> opened(connection.createStatement()), FAST,
        ENDING));
  }

  @Test void everyPreparedStatementMethodWorksOrIsNotSupported() throws Exception {
    assertEquals(List.of(), JdbcSweep.violations(PreparedStatement.class, this::prepared, FAST, ENDING));
  }

  @ParameterizedTest @ValueSource(strings = {FAST, PLANNED})
  void everyResultSetMethodWorksOrIsNotSupported(String sql) throws Exception {
    assertEquals(List.of(), JdbcSweep.violations(ResultSet.class, () -> onFirstRow(sql), "model_name", ENDING));
  }

  @ParameterizedTest @ValueSource(strings = {FAST, PLANNED})
  void everyResultSetMetaDataMethodWorksOrIsNotSupported(String sql) throws Exception {
    assertEquals(List.of(), JdbcSweep.violations(ResultSetMetaData.class, () -> onFirstRow(sql).getMetaData(),
        "model_name", Set.of()));
  }

  @Test void everyParameterMetaDataMethodWorksOrIsNotSupported() throws Exception {
    assertEquals(List.of(), JdbcSweep.violations(ParameterMetaData.class, () -> prepared().getParameterMetaData(),
        "x", Set.of()));
  }

  /** What the sweeps leave out, last: close, twice, in any order; the connection first, as a pool's abort does. */
  @Test void everyObjectClosesOnceOrAgainInAnyOrder() throws Exception {
    Connection c = opened(connect(emulator, ""));
    Statement s = c.createStatement();
    PreparedStatement ps = c.prepareStatement(PREPARED);
    ResultSet rs = s.executeQuery(FAST);
    c.close();
    for (AutoCloseable each : List.of(rs, s, ps, c, rs, s, ps, c)) {
      each.close();
    }
    assertEquals(List.of(true, true, true, true), List.of(c.isClosed(), s.isClosed(), ps.isClosed(), rs.isClosed()));
  }

  /** What the sweep's plausible arguments do not reach: refusals of a wrong argument, each with its state. */
  @Test void wrongArgumentsAreRefusedWithAFittingState() throws Exception {
    ResultSet rs = onFirstRow(FAST);
    PreparedStatement ps = prepared();
    List<Map.Entry<String, Executable>> calls = List.of(
        Map.entry("07009", () -> rs.getMetaData().getColumnName(2)),
        Map.entry("07009", () -> ps.getParameterMetaData().getParameterType(0)),
        Map.entry("22018", () -> rs.getInt(1)),
        Map.entry("22023", () -> connection.createArrayOf("NOPE", new Object[] {"x"})),
        Map.entry("22023", () -> opened(connection.createStatement()).setMaxFieldSize(-1)),
        Map.entry("0A000", () -> ps.executeQuery(FAST)),
        Map.entry("0A000", () -> ps.addBatch(FAST)),
        Map.entry("0A000", () -> rs.getMetaData().unwrap(PreparedStatement.class)),
        Map.entry("0A000", () -> connection.unwrap(String.class)));
    for (Map.Entry<String, Executable> call : calls) {
      SQLException e = assertThrows(SQLException.class, call.getValue());
      assertEquals(call.getKey(), e.getSQLState(), e.getMessage());
    }
  }

  /**
   * A plain Statement's query runs on a hidden prepared statement: the warnings of an execution reach the
   * statement the user holds, once each, and a new execution starts a new chain (issue 16, item 7).
   */
  @Test void anExecutionsWarningsReachTheStatementTheUserHolds() throws SQLException {
    PreparedStatement ps = prepared();
    for (Statement s : List.of(opened(connection.createStatement()), ps)) {
      s.setMaxFieldSize(10);
      for (int run = 0; run < 2; run++) {
        TestSupport.rows(s instanceof PreparedStatement p ? p.executeQuery() : s.executeQuery(FAST));
        SQLWarning w = s.getWarnings();
        assertNotNull(w, s + " run " + run);
        assertTrue(w.getMessage().contains("maxFieldSize 10"), w.getMessage());
        assertNull(s.getWarnings().getNextWarning(), "each warning once");
      }
      s.clearWarnings();
      assertNull(s.getWarnings());
      s.setMaxFieldSize(0);
      TestSupport.rows(s instanceof PreparedStatement p ? p.executeQuery() : s.executeQuery(FAST));
      assertNull(s.getWarnings(), "a new execution starts a new chain");
    }
  }

  private PreparedStatement prepared() throws SQLException {
    PreparedStatement ps = opened(connection.prepareStatement(PREPARED));
    ps.setString(1, "x");
    return ps;
  }
}
