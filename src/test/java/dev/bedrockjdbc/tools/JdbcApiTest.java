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
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;

/** What report designers and Java code call on statements, prepared statements and result sets. */
class JdbcApiTest {
  static final String SQL = "SELECT model_name, creation_time, is_owned FROM custom_models WHERE creation_time >= ? "
      + "ORDER BY creation_time LIMIT 3";
  static BedrockEmulator emulator;
  static Instant since;
  static List<EmulatedModel> expected;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(61, 200).start();
    List<EmulatedModel> byTime = emulator.models().stream().sorted(Comparator.comparing(EmulatedModel::creationTime))
        .toList();
    since = byTime.get(100).creationTime().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    expected = byTime.stream().filter(m -> m.creationTime().toEpochMilli() >= since.toEpochMilli()).limit(3).toList();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  static List<String> names(ResultSet rs) throws SQLException {
    List<String> out = new java.util.ArrayList<>();
    while (rs.next()) {
      out.add(rs.getString(1));
    }
    return out;
  }

  /** A plain Statement's results, whichever way its query was prepared (fast path or Calcite's planner). */
  @Test void statementResultsFollowTheJdbcLifecycle() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      Statement s = c.createStatement();
      assertTrue(s.execute("SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT 2"));
      ResultSet first = s.getResultSet();
      assertSame(first, s.getResultSet());
      assertSame(s, first.getStatement());
      assertEquals(-1, s.getUpdateCount());
      assertTrue(first.next());
      ResultSet second = s.executeQuery("SELECT model_name FROM custom_models WHERE model_status = 'Active' LIMIT 1");
      assertTrue(first.isClosed(), "executing again closes the previous result");
      assertSame(second, s.getResultSet());
      assertFalse(s.getMoreResults());
      assertTrue(second.isClosed(), "getMoreResults closes the current result");
      assertNull(s.getResultSet());
      assertEquals(-1, s.getUpdateCount(), "no more results");
      ResultSet third = s.executeQuery("SELECT * FROM custom_models");
      s.close();
      assertTrue(third.isClosed(), "closing the statement closes its result");
      assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM custom_models"));
      for (Statement t : new Statement[] {c.createStatement(), c.prepareStatement("SELECT * FROM custom_models")}) {
        t.closeOnCompletion();
        ResultSet rs = t instanceof PreparedStatement p ? p.executeQuery() : t.executeQuery("SELECT * FROM custom_models");
        assertFalse(t.isClosed());
        rs.close();
        assertTrue(t.isClosed(), "closeOnCompletion closes the statement with its result: " + t);
      }
    }
  }

  @Test void preparedStatementMetadataBeforeExecuteCostsNoCall() throws SQLException {
    try (Connection c = connect(emulator, "accountId=123456789012")) {
      emulator.clearRequests();
      try (PreparedStatement ps = c.prepareStatement(SQL)) {
        ResultSetMetaData md = ps.getMetaData();
        assertEquals(3, md.getColumnCount());
        assertEquals("model_name", md.getColumnLabel(1));
        assertEquals(Types.TIMESTAMP, md.getColumnType(2));
        assertEquals(Types.BOOLEAN, md.getColumnType(3));
        ParameterMetaData pmd = ps.getParameterMetaData();
        assertEquals(1, pmd.getParameterCount());
        assertEquals(Types.TIMESTAMP, pmd.getParameterType(1));
      }
      assertEquals(0, emulator.requests().size());
    }
  }

  @Test void everyWayToBindATimestampGivesTheSameRows() throws SQLException {
    List<String> want = expected.stream().map(EmulatedModel::modelName).toList();
    try (Connection c = connect(emulator, ""); PreparedStatement ps = c.prepareStatement(SQL)) {
      List<Object> bindings = List.of(Timestamp.from(since), since, since.atOffset(ZoneOffset.UTC),
          since.atOffset(ZoneOffset.ofHours(2)), LocalDateTime.ofInstant(since, ZoneOffset.UTC),
          LocalDateTime.ofInstant(since, ZoneOffset.UTC).toString().replace('T', ' '), since.toString());
      for (Object b : bindings) {
        ps.setObject(1, b);
        assertEquals(want, names(ps.executeQuery()), "setObject " + b.getClass().getSimpleName() + " " + b);
      }
      ps.setTimestamp(1, Timestamp.from(since));
      assertEquals(want, names(ps.executeQuery()), "setTimestamp");
      // The Calendar names the zone in which the instant becomes the TIMESTAMP's wall-clock value: the
      // instant 9 h earlier, seen in Tokyo, is the UTC wall-clock value of 'since'.
      Calendar tokyo = Calendar.getInstance(TimeZone.getTimeZone("Asia/Tokyo"));
      ps.setTimestamp(1, Timestamp.from(since.minusSeconds(9 * 3600)), tokyo);
      assertEquals(want, names(ps.executeQuery()), "setTimestamp with a Calendar");
      ps.setString(1, LocalDateTime.ofInstant(since, ZoneOffset.UTC).toString());
      assertEquals(want, names(ps.executeQuery()), "setString");
      ps.setNull(1, Types.TIMESTAMP);
      assertEquals(List.of(), names(ps.executeQuery()), "NULL compares to nothing");
      SQLException e = assertThrows(SQLException.class, () -> ps.setString(1, "not a time"), "refused when bound");
      assertEquals("22023", e.getSQLState());
    }
  }

  @Test void timestampsReadAsJavaTime() throws SQLException {
    EmulatedModel first = expected.get(0);
    Instant t = Instant.ofEpochMilli(first.creationTime().toEpochMilli());
    try (Connection c = connect(emulator, ""); PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setObject(1, since);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(t, rs.getObject(2, Instant.class));
        assertEquals(t, rs.getObject("creation_time", OffsetDateTime.class).toInstant());
        assertEquals(LocalDateTime.ofInstant(t, ZoneOffset.UTC), rs.getObject(2, LocalDateTime.class));
        assertEquals(t, rs.getTimestamp(2).toInstant());
        Calendar ny = Calendar.getInstance(TimeZone.getTimeZone("America/New_York"));
        assertEquals(LocalDateTime.ofInstant(t, ZoneOffset.UTC).atZone(java.time.ZoneId.of("America/New_York"))
            .toInstant(), rs.getTimestamp(2, ny).toInstant(),
            "getTimestamp(i, cal) reads the stored wall-clock value as a time in that calendar's zone");
        rs.getBoolean(3);
        assertEquals(first.ownerAccountId() == null, rs.wasNull());
        ResultSetMetaData md = rs.getMetaData();
        assertEquals("java.sql.Timestamp", md.getColumnClassName(2));
        assertEquals(ResultSetMetaData.columnNoNulls, md.isNullable(2));
        assertTrue(md.isReadOnly(1));
        assertNotNull(md.getColumnTypeName(1));
      }
    }
  }

  @Test void scrollableOrUpdatableRequestsGiveForwardOnlyWithAWarning() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      try (Statement s = c.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_UPDATABLE);
           ResultSet rs = s.executeQuery("SELECT model_name FROM custom_models LIMIT 2")) {
        assertEquals(ResultSet.TYPE_FORWARD_ONLY, rs.getType());
        assertEquals(ResultSet.CONCUR_READ_ONLY, rs.getConcurrency());
        assertEquals(2, TestSupport.rows(rs).size());
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT model_name FROM custom_models LIMIT 2",
          ResultSet.TYPE_SCROLL_SENSITIVE, ResultSet.CONCUR_READ_ONLY)) {
        assertEquals(2, TestSupport.rows(ps.executeQuery()).size());
      }
      assertNotNull(c.getWarnings());
      assertTrue(c.getWarnings().getMessage().contains("forward-only"));
      c.clearWarnings();
      assertNull(c.getWarnings());
    }
  }

  @Test void connectionCallsToolsMake() throws SQLException {
    try (Connection c = connect(emulator, "")) {
      c.setClientInfo("ApplicationName", "JasperReports");
      assertEquals("JasperReports", c.getClientInfo("ApplicationName"));
      Properties all = new Properties();
      all.setProperty("ClientUser", "report");
      c.setClientInfo(all);
      assertEquals("report", c.getClientInfo().getProperty("ClientUser"));
      c.setNetworkTimeout(null, 5000);
      assertEquals(5000, c.getNetworkTimeout());
      c.setSchema("bedrock");
      assertEquals("bedrock", c.getSchema());
      c.setCatalog("ignored");
      c.setHoldability(ResultSet.HOLD_CURSORS_OVER_COMMIT);
      assertTrue(c.isValid(1));
      assertFalse(c.isClosed());
    }
  }
}
