package dev.bedrockjdbc.tools;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The whole JDBC contract, as generic tools (pools, SchemaCrawler, Spring) call it: every method of every
 * object the driver hands out either works or throws a classified SQLException, SQLFeatureNotSupportedException
 * for what it does not do; never an unchecked exception, never Avatica's "todo" placeholder.
 */
class JdbcContractTest {
  /** A fast-path query and a planned one: their result sets are read by different code. */
  static final String FAST = "SELECT model_name FROM custom_models LIMIT 2";
  static final String PLANNED = "SELECT model_name FROM custom_models WHERE model_status = 'Active' LIMIT 2";
  static final String PREPARED = "SELECT model_name FROM custom_models WHERE model_name <> ? LIMIT 2";
  /** Ended last in every sweep (or on their own): close and abort would leave nothing to call. */
  static final Set<String> ENDING = Set.of("close", "abort");
  static BedrockEmulator emulator;
  static Connection connection;
  final List<AutoCloseable> opened = new ArrayList<>();

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(16, 20).start();
    connection = connect(emulator, "");
  }

  @AfterAll static void stop() throws SQLException {
    connection.close();
    emulator.close();
  }

  @AfterEach void closeOpened() throws Exception {
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  private <T extends AutoCloseable> T opened(T resource) {
    opened.add(resource);
    return resource;
  }

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

}
