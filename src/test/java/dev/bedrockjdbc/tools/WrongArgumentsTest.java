package dev.bedrockjdbc.tools;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A wrong argument, or a call on a closed object, is refused with the SQLState that names the mistake and a
 * short message that says what to do; Avatica's refusals had none (XX000 once classified).
 */
class WrongArgumentsTest extends EmulatorFixture {
  static final String FAST = JdbcContractTest.FAST;
  static final String PLANNED = JdbcContractTest.PLANNED;
  /** What JDBC allows on a closed object, and what answers about the wrapper rather than the object. */
  static final Set<String> ALLOWED_CLOSED = Set.of("close", "isClosed", "unwrap", "isWrapperFor");

  @ParameterizedTest @ValueSource(strings = {FAST, PLANNED})
  void aColumnIndexOutOfRangeIs07009(String sql) throws SQLException {
    ResultSet rs = onFirstRow(sql);
    for (Executable call : List.<Executable>of(() -> rs.getString(0), () -> rs.getString(99),
        () -> rs.getObject(2), () -> rs.getTimestamp(-1))) {
      SQLException e = refused("07009", call);
      assertTrue(e.getMessage().contains("has 1 column") && e.getMessage().contains("getColumnCount"),
          e.getMessage());
    }
  }

  @ParameterizedTest @ValueSource(strings = {FAST, PLANNED})
  void anUnknownColumnLabelIs07009(String sql) throws SQLException {
    ResultSet rs = onFirstRow(sql);
    for (Executable call : List.<Executable>of(() -> rs.getString("nope"), () -> rs.findColumn("nope"),
        () -> rs.getObject("nope", String.class))) {
      SQLException e = refused("07009", call);
      assertTrue(e.getMessage().contains("'nope'") && e.getMessage().contains("ResultSetMetaData"), e.getMessage());
    }
    assertEquals(1, rs.findColumn("MODEL_NAME"), "labels match regardless of case");
  }

  /** DatabaseMetaData's result sets refuse the same way as a query's, and have no statement (JDBC). */
  @Test void aMetadataResultSetRefusesLikeAQuerysOne() throws SQLException {
    ResultSet tables = opened(connection.getMetaData().getTables(null, "bedrock", "%", null));
    assertTrue(tables.next());
    assertEquals(Tables.all().stream().map(TableSpec::name).sorted().findFirst().orElseThrow(),
        tables.getString("TABLE_NAME"));
    assertEquals(null, tables.getStatement());
    refused("07009", () -> tables.getString(99));
    refused("07009", () -> tables.getString("nope"));
    tables.close();
    refused("55000", tables::next);
  }

  @Test void aNegativeLimitIs22023WithTheAcceptedRange() throws SQLException {
    Statement s = opened(connection.createStatement());
    ResultSet rs = s.executeQuery(FAST);
    for (Executable call : List.<Executable>of(() -> s.setMaxRows(-1), () -> s.setLargeMaxRows(-1),
        () -> s.setQueryTimeout(-1), () -> s.setFetchSize(-1), () -> rs.setFetchSize(-1))) {
      SQLException e = refused("22023", call);
      assertInstanceOf(SQLDataException.class, e);
      assertTrue(e.getMessage().contains("must be 0 (") && e.getMessage().contains("or more, not -1"),
          e.getMessage());
    }
  }

  @Test void aParameterLeftUnboundIs07001() throws SQLException {
    PreparedStatement ps = opened(connection.prepareStatement(
        "SELECT model_name FROM custom_models WHERE model_name <> ? AND model_status <> ?"));
    ps.setString(1, "x");
    SQLException e = refused("07001", ps::executeQuery);
    assertTrue(e.getMessage().contains("Parameter 2 has no value") && e.getMessage().contains("setNull"),
        e.getMessage());
    ps.setNull(2, java.sql.Types.VARCHAR);
    ps.executeQuery().close();
    ps.clearParameters();
    refused("07001", ps::execute);
  }

  /** A ? in a plain Statement's SQL cannot be bound: 07001, saying to prepare the statement. */
  @Test void aParameterInAPlainStatementIs07001() throws SQLException {
    java.sql.Statement s = opened(connection.createStatement());
    SQLException e = refused("07001", () -> s.executeQuery("SELECT model_name FROM custom_models WHERE model_name = ?"));
    assertTrue(e.getMessage().contains("prepareStatement"), e.getMessage());
  }

  @Test void aParameterIndexOutOfRangeIs07009() throws SQLException {
    PreparedStatement ps = opened(connection.prepareStatement(JdbcContractTest.PREPARED));
    for (Executable call : List.<Executable>of(() -> ps.setString(0, "x"), () -> ps.setString(2, "x"),
        () -> ps.setLong(2, 1), () -> ps.setObject(3, java.time.Instant.EPOCH), () -> ps.setNull(2, 0))) {
      SQLException e = refused("07009", call);
      assertTrue(e.getMessage().contains("has 1 parameter"), e.getMessage());
    }
  }

  /** Every method of a closed statement but close and isClosed (JDBC allows those) is refused with 55000. */
  @Test void aClosedStatementRefusesEveryCallWith55000() throws Exception {
    assertEquals(List.of(), JdbcSweep.notRefusedWith("55000", Statement.class, () -> closed(
        connection.createStatement()), FAST, ALLOWED_CLOSED));
    assertEquals(List.of(), JdbcSweep.notRefusedWith("55000", PreparedStatement.class, () -> closed(
        connection.prepareStatement(JdbcContractTest.PREPARED)), FAST, ALLOWED_CLOSED));
    Statement s = connection.createStatement();
    s.close();
    assertEquals("The statement is closed; create a new one.", refused("55000", s::getMaxRows).getMessage());
  }

  @ParameterizedTest @ValueSource(strings = {FAST, PLANNED})
  void aClosedResultSetRefusesEveryCallWith55000(String sql) throws Exception {
    assertEquals(List.of(), JdbcSweep.notRefusedWith("55000", ResultSet.class, () -> closed(onFirstRow(sql)),
        "model_name", ALLOWED_CLOSED));
    ResultSet rs = onFirstRow(sql);
    rs.getStatement().close(); // closes its result set
    assertTrue(refused("55000", () -> rs.getString(1)).getMessage().startsWith("The result set is closed"));
  }

  /** On a closed connection only close, isClosed, isValid and abort answer (JDBC); the rest is 08003. */
  @Test void aClosedConnectionRefusesEveryCallWith08003() throws Exception {
    Set<String> allowed = Set.of("close", "isClosed", "isValid", "abort", "unwrap", "isWrapperFor");
    assertEquals(List.of(), JdbcSweep.notRefusedWith("08003", Connection.class, () -> closed(connect(emulator, "")),
        FAST, allowed));
  }

  /** The sweeps again with -1 for every number and an unknown name for every string: still never XX000. */
  @ParameterizedTest @ValueSource(strings = {FAST, PLANNED})
  void wrongArgumentsToEveryMethodAreClassified(String sql) throws Exception {
    List<String> violations = new ArrayList<>();
    violations.addAll(JdbcSweep.violationsOfWrongArguments(Statement.class,
        () -> opened(connection.createStatement()), "nope", JdbcContractTest.ENDING));
    violations.addAll(JdbcSweep.violationsOfWrongArguments(PreparedStatement.class,
        () -> opened(connection.prepareStatement(JdbcContractTest.PREPARED)), "nope", JdbcContractTest.ENDING));
    violations.addAll(JdbcSweep.violationsOfWrongArguments(ResultSet.class, () -> onFirstRow(sql), "nope",
        JdbcContractTest.ENDING));
    violations.addAll(JdbcSweep.violationsOfWrongArguments(Connection.class, () -> opened(connect(emulator, "")),
        "nope", JdbcContractTest.ENDING));
    assertEquals(List.of(), violations);
  }

  /** A refusal with {@code state}: short, one sentence or two, saying what to do. */
  private static SQLException refused(String state, Executable call) {
    SQLException e = assertThrows(SQLException.class, call);
    assertEquals(state, e.getSQLState(), e.getMessage());
    assertTrue(e.getMessage().length() <= 160, "short: " + e.getMessage());
    return e;
  }

  private static <T extends AutoCloseable> T closed(T resource) throws Exception {
    resource.close();
    return resource;
  }
}
