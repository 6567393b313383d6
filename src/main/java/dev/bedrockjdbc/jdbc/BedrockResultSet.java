package dev.bedrockjdbc.jdbc;

import dev.bedrockjdbc.fastpath.FastPathRows;
import dev.bedrockjdbc.scan.Execution;

import org.apache.calcite.avatica.AvaticaResultSet;
import org.apache.calcite.avatica.util.DateTimeUtils;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The driver's ResultSet: Calcite's, with every failure classified by {@link SqlErrors} (Avatica lets
 * runtime exceptions out of {@code next()}), a closed result set and a column index or label that names
 * nothing refused before Avatica sees the call ({@link Refusals}), and {@link #getStatement()} answering the
 * driver's statement.
 * A plain delegating class rather than a reflective proxy: this is the per-row path. On a fast-path query
 * the common getters read the row directly ({@link FastPathRows}) and convert as Avatica's accessors do;
 * every other read goes through Avatica.
 */
final class BedrockResultSet implements ResultSet {
  /** Where {@link #wasNull()} gets its answer: the last column read went directly or through Avatica. */
  private enum Read { BY_AVATICA, NULL, NOT_NULL }

  private final ResultSet rs;
  private final Statement statement;
  private final FastPathRows direct;
  private final Execution execution;
  /** The execution's warnings that clearWarnings() cleared (they stay in its list). */
  private int warningsCleared;
  private final Calendar calendar;
  /** Avatica's own: its column count and labels are list reads, cheap enough to check every getter against. */
  private final ResultSetMetaData columns;
  private final int columnCount;
  /** Each label's first column, case ignored; built at the first call by label. */
  private Map<String, Integer> byLabel;
  /** Every call but close and isClosed (JDBC allows those on a closed result set) passes it first. */
  private final OpenGuard guard;
  private Read lastRead = Read.BY_AVATICA;
  private ResultSetMetaData metaData;
  private int rowsRead;

  /**
   * {@code statement}: null for a DatabaseMetaData result; {@code direct}: the rows of {@code rs} when it is a
   * fast-path query's, else null.
   */
  BedrockResultSet(ResultSet rs, Statement statement, FastPathRows direct) throws SQLException {
    this(rs, statement, direct, null);
  }

  /** {@code execution}: the execution that made {@code rs}, whose warnings it reports (null: none). */
  BedrockResultSet(ResultSet rs, Statement statement, FastPathRows direct, Execution execution) throws SQLException {
    this.execution = execution;
    this.rs = rs;
    this.statement = statement;
    this.direct = direct;
    this.calendar = direct == null ? null : rs.unwrap(AvaticaResultSet.class).getLocalCalendar();
    this.columns = rs.getMetaData();
    this.columnCount = columns.getColumnCount();
    this.guard = new OpenGuard(rs::isClosed, Refusals::resultSetClosed);
  }

  /** The wrapped result set, once this one is checked open: the way of every call that names no column. */
  private ResultSet open() throws SQLException {
    guard.check();
    return rs;
  }

  /**
   * {@code column}, once checked open and checked to be one of the result's columns: the way of every call by
   * index (Avatica refused a wrong one without a SQLState, and the direct reads must not see it).
   */
  private int column(int column) throws SQLException {
    guard.check();
    if (column < 1 || column > columnCount) {
      throw Refusals.noColumn(column, columnCount);
    }
    return column;
  }

  /**
   * The index of the first column labelled {@code label}, case ignored (JDBC): the way of every call by label.
   * A row mapper reads every column by label on every row, so the labels are indexed once, at the first such call.
   */
  private int column(String label) throws SQLException {
    guard.check();
    if (byLabel == null) {
      Map<String, Integer> index = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = columnCount; i >= 1; i--) {
        index.put(columns.getColumnLabel(i), i); // from the last, so the first of equal labels stays
      }
      byLabel = index;
    }
    Integer column = label == null ? null : byLabel.get(label);
    if (column == null) {
      throw Refusals.noColumn(label);
    }
    return column;
  }

  @Override public boolean next() throws SQLException {
    // A scan read without other JDBC calls is still the application using the driver, and the warm-up must not
    // compete with it. Every 16 rows: within the warm-up's 300 ms of idle for a reader taking up to 18 ms a row,
    // and a few ns a row for a fast one.
    if ((++rowsRead & 15) == 0) {
      DriverActivity.touch();
    }
    try {
      return open().next();
    } catch (RuntimeException | StackOverflowError | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  /** Whether getters read this result's rows directly (a fast-path query's). */
  boolean readsDirectly() {
    return direct != null;
  }

  /** The JDBC type {@code column} can be read as directly now, or {@link Types#NULL} to read it through Avatica. */
  private int directType(int column) throws SQLException {
    return direct != null && direct.onRow() ? direct.jdbcType(column) : Types.NULL;
  }

  private Object readDirect(int column) {
    Object value = direct.value(column);
    lastRead = value == null ? Read.NULL : Read.NOT_NULL;
    return value;
  }

  /** A TIMESTAMP value (UTC epoch milliseconds) as Avatica's TimestampFromNumberAccessor returns it. */
  private Timestamp timestamp(Object millis) {
    return millis == null ? null : DateTimeUtils.unixTimestampToSqlTimestamp((Long) millis, calendar);
  }

  @Override public Statement getStatement() throws SQLException {
    guard.check();
    return statement;
  }

  @Override public void close() throws SQLException {
    rs.close();
    // A plain Statement's query runs as an inner prepared statement (BedrockStatement), which does not know
    // the outer statement's closeOnCompletion; Avatica honours it for the statements it owns.
    if (statement != null && !statement.isClosed() && statement.isCloseOnCompletion()) {
      statement.close();
    }
  }

  @Override public boolean isClosed() throws SQLException {
    return rs.isClosed();
  }

  @Override public <T> T unwrap(Class<T> iface) throws SQLException {
    return Delegation.unwrap(this, rs, iface);
  }

  @Override public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return Delegation.isWrapperFor(this, rs, iface);
  }

  @Override public String toString() {
    return "BedrockResultSet";
  }

  // Everything else delegates, classifying failures.

  @Override public boolean absolute(int row) throws SQLException {
    try {
      return open().absolute(row);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void afterLast() throws SQLException {
    try {
      open().afterLast();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void beforeFirst() throws SQLException {
    try {
      open().beforeFirst();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void cancelRowUpdates() throws SQLException {
    try {
      open().cancelRowUpdates();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void clearWarnings() throws SQLException {
    try {
      open().clearWarnings();
      warningsCleared = execution == null ? 0 : execution.warnings().size();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void deleteRow() throws SQLException {
    try {
      open().deleteRow();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int findColumn(String label) throws SQLException {
    try {
      return column(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean first() throws SQLException {
    try {
      return open().first();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Array getArray(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getArray(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Array getArray(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getArray(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public InputStream getAsciiStream(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getAsciiStream(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public InputStream getAsciiStream(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getAsciiStream(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public BigDecimal getBigDecimal(String label, int x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBigDecimal(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public BigDecimal getBigDecimal(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBigDecimal(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public BigDecimal getBigDecimal(int column, int x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBigDecimal(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public BigDecimal getBigDecimal(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBigDecimal(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public InputStream getBinaryStream(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBinaryStream(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public InputStream getBinaryStream(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBinaryStream(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Blob getBlob(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBlob(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Blob getBlob(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBlob(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean getBoolean(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBoolean(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean getBoolean(int column) throws SQLException {
    if (directType(column(column)) == Types.BOOLEAN) {
      Object value = readDirect(column);
      return value != null && (Boolean) value;
    }
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBoolean(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public byte getByte(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getByte(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public byte getByte(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getByte(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public byte[] getBytes(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBytes(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public byte[] getBytes(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBytes(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Reader getCharacterStream(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getCharacterStream(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Reader getCharacterStream(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getCharacterStream(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Clob getClob(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getClob(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Clob getClob(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getClob(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getConcurrency() throws SQLException {
    try {
      return open().getConcurrency();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public String getCursorName() throws SQLException {
    try {
      return open().getCursorName();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Date getDate(String label, Calendar x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getDate(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Date getDate(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getDate(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Date getDate(int column, Calendar x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getDate(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Date getDate(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getDate(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public double getDouble(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getDouble(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public double getDouble(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getDouble(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getFetchDirection() throws SQLException {
    try {
      return open().getFetchDirection();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getFetchSize() throws SQLException {
    try {
      return open().getFetchSize();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public float getFloat(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getFloat(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public float getFloat(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getFloat(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getHoldability() throws SQLException {
    try {
      return open().getHoldability();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getInt(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getInt(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getInt(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getInt(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public long getLong(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getLong(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public long getLong(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getLong(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public ResultSetMetaData getMetaData() throws SQLException {
    guard.check();
    if (metaData == null) {
      metaData = DescriptorHandler.wrap(ResultSetMetaData.class, columns);
    }
    return metaData;
  }

  @Override public Reader getNCharacterStream(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getNCharacterStream(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Reader getNCharacterStream(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getNCharacterStream(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public NClob getNClob(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getNClob(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public NClob getNClob(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getNClob(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public String getNString(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getNString(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public String getNString(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getNString(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public <T> T getObject(String label, Class<T> x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      // Avatica cannot give java.time values for TIMESTAMP columns: read them as UTC timestamps.
      if (JdbcTime.isJavaTime(x1)) {
        return x1.cast(JdbcTime.as(rs.getTimestamp(column(label), JdbcTime.utc()), x1));
      }
      return rs.getObject(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Object getObject(String label, Map<String, Class<?>> x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getObject(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Object getObject(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getObject(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public <T> T getObject(int column, Class<T> x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      // Avatica cannot give java.time values for TIMESTAMP columns: read them as UTC timestamps.
      if (JdbcTime.isJavaTime(x1)) {
        return x1.cast(JdbcTime.as(rs.getTimestamp(column(column), JdbcTime.utc()), x1));
      }
      return rs.getObject(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Object getObject(int column, Map<String, Class<?>> x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getObject(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Object getObject(int column) throws SQLException {
    int type = directType(column(column));
    if (type == Types.VARCHAR || type == Types.BOOLEAN) {
      return readDirect(column);
    }
    if (type == Types.TIMESTAMP) {
      return timestamp(readDirect(column));
    }
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getObject(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Ref getRef(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getRef(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Ref getRef(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getRef(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getRow() throws SQLException {
    try {
      return open().getRow();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public RowId getRowId(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getRowId(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public RowId getRowId(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getRowId(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public SQLXML getSQLXML(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getSQLXML(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public SQLXML getSQLXML(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getSQLXML(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public short getShort(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getShort(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public short getShort(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getShort(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public String getString(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getString(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public String getString(int column) throws SQLException {
    if (directType(column(column)) == Types.VARCHAR) {
      return (String) readDirect(column);
    }
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getString(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Time getTime(String label, Calendar x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getTime(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Time getTime(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getTime(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Time getTime(int column, Calendar x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getTime(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Time getTime(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getTime(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Timestamp getTimestamp(String label, Calendar x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getTimestamp(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Timestamp getTimestamp(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getTimestamp(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Timestamp getTimestamp(int column, Calendar x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getTimestamp(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Timestamp getTimestamp(int column) throws SQLException {
    if (directType(column(column)) == Types.TIMESTAMP) {
      return timestamp(readDirect(column));
    }
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getTimestamp(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getType() throws SQLException {
    try {
      return open().getType();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public URL getURL(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getURL(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public URL getURL(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getURL(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public InputStream getUnicodeStream(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getUnicodeStream(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public InputStream getUnicodeStream(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getUnicodeStream(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  /** Avatica's warnings, then the scan's (one per region that failed under onRegionError=warn), as they came. */
  @Override public SQLWarning getWarnings() throws SQLException {
    try {
      Warnings chain = new Warnings();
      chain.add(open().getWarnings());
      if (execution != null) {
        List<SQLWarning> scan = execution.warnings();
        for (SQLWarning w : scan.subList(Math.min(warningsCleared, scan.size()), scan.size())) {
          chain.add(new SQLWarning(w.getMessage(), w.getSQLState(), w.getCause()));
        }
      }
      return chain.first();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void insertRow() throws SQLException {
    try {
      open().insertRow();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean isAfterLast() throws SQLException {
    try {
      return open().isAfterLast();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean isBeforeFirst() throws SQLException {
    try {
      return open().isBeforeFirst();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean isFirst() throws SQLException {
    try {
      return open().isFirst();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean isLast() throws SQLException {
    try {
      return open().isLast();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean last() throws SQLException {
    try {
      return open().last();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void moveToCurrentRow() throws SQLException {
    try {
      open().moveToCurrentRow();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void moveToInsertRow() throws SQLException {
    try {
      open().moveToInsertRow();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean previous() throws SQLException {
    try {
      return open().previous();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void refreshRow() throws SQLException {
    try {
      open().refreshRow();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean relative(int rows) throws SQLException {
    try {
      return open().relative(rows);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean rowDeleted() throws SQLException {
    try {
      return open().rowDeleted();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean rowInserted() throws SQLException {
    try {
      return open().rowInserted();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean rowUpdated() throws SQLException {
    try {
      return open().rowUpdated();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void setFetchDirection(int direction) throws SQLException {
    try {
      open().setFetchDirection(direction);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void setFetchSize(int rows) throws SQLException {
    Refusals.requireNotNegative("fetchSize", rows, "the driver's choice");
    try {
      open().setFetchSize(rows);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateArray(String label, Array x1) throws SQLException {
    try {
      rs.updateArray(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateArray(int column, Array x1) throws SQLException {
    try {
      rs.updateArray(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateAsciiStream(String label, InputStream x1, int x2) throws SQLException {
    try {
      rs.updateAsciiStream(column(label), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateAsciiStream(String label, InputStream x1, long x2) throws SQLException {
    try {
      rs.updateAsciiStream(column(label), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateAsciiStream(String label, InputStream x1) throws SQLException {
    try {
      rs.updateAsciiStream(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateAsciiStream(int column, InputStream x1, int x2) throws SQLException {
    try {
      rs.updateAsciiStream(column(column), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateAsciiStream(int column, InputStream x1, long x2) throws SQLException {
    try {
      rs.updateAsciiStream(column(column), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateAsciiStream(int column, InputStream x1) throws SQLException {
    try {
      rs.updateAsciiStream(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBigDecimal(String label, BigDecimal x1) throws SQLException {
    try {
      rs.updateBigDecimal(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBigDecimal(int column, BigDecimal x1) throws SQLException {
    try {
      rs.updateBigDecimal(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBinaryStream(String label, InputStream x1, int x2) throws SQLException {
    try {
      rs.updateBinaryStream(column(label), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBinaryStream(String label, InputStream x1, long x2) throws SQLException {
    try {
      rs.updateBinaryStream(column(label), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBinaryStream(String label, InputStream x1) throws SQLException {
    try {
      rs.updateBinaryStream(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBinaryStream(int column, InputStream x1, int x2) throws SQLException {
    try {
      rs.updateBinaryStream(column(column), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBinaryStream(int column, InputStream x1, long x2) throws SQLException {
    try {
      rs.updateBinaryStream(column(column), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBinaryStream(int column, InputStream x1) throws SQLException {
    try {
      rs.updateBinaryStream(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBlob(String label, InputStream x1, long x2) throws SQLException {
    try {
      rs.updateBlob(column(label), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBlob(String label, InputStream x1) throws SQLException {
    try {
      rs.updateBlob(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBlob(String label, Blob x1) throws SQLException {
    try {
      rs.updateBlob(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBlob(int column, InputStream x1, long x2) throws SQLException {
    try {
      rs.updateBlob(column(column), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBlob(int column, InputStream x1) throws SQLException {
    try {
      rs.updateBlob(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBlob(int column, Blob x1) throws SQLException {
    try {
      rs.updateBlob(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBoolean(String label, boolean x1) throws SQLException {
    try {
      rs.updateBoolean(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBoolean(int column, boolean x1) throws SQLException {
    try {
      rs.updateBoolean(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateByte(String label, byte x1) throws SQLException {
    try {
      rs.updateByte(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateByte(int column, byte x1) throws SQLException {
    try {
      rs.updateByte(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBytes(String label, byte[] x1) throws SQLException {
    try {
      rs.updateBytes(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBytes(int column, byte[] x1) throws SQLException {
    try {
      rs.updateBytes(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateCharacterStream(String label, Reader x1, int x2) throws SQLException {
    try {
      rs.updateCharacterStream(column(label), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateCharacterStream(String label, Reader x1, long x2) throws SQLException {
    try {
      rs.updateCharacterStream(column(label), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateCharacterStream(String label, Reader x1) throws SQLException {
    try {
      rs.updateCharacterStream(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateCharacterStream(int column, Reader x1, int x2) throws SQLException {
    try {
      rs.updateCharacterStream(column(column), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateCharacterStream(int column, Reader x1, long x2) throws SQLException {
    try {
      rs.updateCharacterStream(column(column), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateCharacterStream(int column, Reader x1) throws SQLException {
    try {
      rs.updateCharacterStream(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateClob(String label, Reader x1, long x2) throws SQLException {
    try {
      rs.updateClob(column(label), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateClob(String label, Reader x1) throws SQLException {
    try {
      rs.updateClob(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateClob(String label, Clob x1) throws SQLException {
    try {
      rs.updateClob(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateClob(int column, Reader x1, long x2) throws SQLException {
    try {
      rs.updateClob(column(column), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateClob(int column, Reader x1) throws SQLException {
    try {
      rs.updateClob(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateClob(int column, Clob x1) throws SQLException {
    try {
      rs.updateClob(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateDate(String label, Date x1) throws SQLException {
    try {
      rs.updateDate(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateDate(int column, Date x1) throws SQLException {
    try {
      rs.updateDate(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateDouble(String label, double x1) throws SQLException {
    try {
      rs.updateDouble(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateDouble(int column, double x1) throws SQLException {
    try {
      rs.updateDouble(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateFloat(String label, float x1) throws SQLException {
    try {
      rs.updateFloat(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateFloat(int column, float x1) throws SQLException {
    try {
      rs.updateFloat(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateInt(String label, int x1) throws SQLException {
    try {
      rs.updateInt(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateInt(int column, int x1) throws SQLException {
    try {
      rs.updateInt(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateLong(String label, long x1) throws SQLException {
    try {
      rs.updateLong(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateLong(int column, long x1) throws SQLException {
    try {
      rs.updateLong(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNCharacterStream(String label, Reader x1, long x2) throws SQLException {
    try {
      rs.updateNCharacterStream(column(label), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNCharacterStream(String label, Reader x1) throws SQLException {
    try {
      rs.updateNCharacterStream(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNCharacterStream(int column, Reader x1, long x2) throws SQLException {
    try {
      rs.updateNCharacterStream(column(column), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNCharacterStream(int column, Reader x1) throws SQLException {
    try {
      rs.updateNCharacterStream(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNClob(String label, Reader x1, long x2) throws SQLException {
    try {
      rs.updateNClob(column(label), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNClob(String label, Reader x1) throws SQLException {
    try {
      rs.updateNClob(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNClob(String label, NClob x1) throws SQLException {
    try {
      rs.updateNClob(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNClob(int column, Reader x1, long x2) throws SQLException {
    try {
      rs.updateNClob(column(column), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNClob(int column, Reader x1) throws SQLException {
    try {
      rs.updateNClob(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNClob(int column, NClob x1) throws SQLException {
    try {
      rs.updateNClob(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNString(String label, String x1) throws SQLException {
    try {
      rs.updateNString(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNString(int column, String x1) throws SQLException {
    try {
      rs.updateNString(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNull(String label) throws SQLException {
    try {
      rs.updateNull(column(label));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNull(int column) throws SQLException {
    try {
      rs.updateNull(column(column));
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(String label, Object x1, int x2) throws SQLException {
    try {
      rs.updateObject(column(label), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(String label, Object x1, SQLType x2, int x3) throws SQLException {
    try {
      rs.updateObject(column(label), x1, x2, x3);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(String label, Object x1, SQLType x2) throws SQLException {
    try {
      rs.updateObject(column(label), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(String label, Object x1) throws SQLException {
    try {
      rs.updateObject(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(int column, Object x1, int x2) throws SQLException {
    try {
      rs.updateObject(column(column), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(int column, Object x1, SQLType x2, int x3) throws SQLException {
    try {
      rs.updateObject(column(column), x1, x2, x3);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(int column, Object x1, SQLType x2) throws SQLException {
    try {
      rs.updateObject(column(column), x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(int column, Object x1) throws SQLException {
    try {
      rs.updateObject(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateRef(String label, Ref x1) throws SQLException {
    try {
      rs.updateRef(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateRef(int column, Ref x1) throws SQLException {
    try {
      rs.updateRef(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateRow() throws SQLException {
    try {
      open().updateRow();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateRowId(String label, RowId x1) throws SQLException {
    try {
      rs.updateRowId(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateRowId(int column, RowId x1) throws SQLException {
    try {
      rs.updateRowId(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateSQLXML(String label, SQLXML x1) throws SQLException {
    try {
      rs.updateSQLXML(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateSQLXML(int column, SQLXML x1) throws SQLException {
    try {
      rs.updateSQLXML(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateShort(String label, short x1) throws SQLException {
    try {
      rs.updateShort(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateShort(int column, short x1) throws SQLException {
    try {
      rs.updateShort(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateString(String label, String x1) throws SQLException {
    try {
      rs.updateString(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateString(int column, String x1) throws SQLException {
    try {
      rs.updateString(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateTime(String label, Time x1) throws SQLException {
    try {
      rs.updateTime(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateTime(int column, Time x1) throws SQLException {
    try {
      rs.updateTime(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateTimestamp(String label, Timestamp x1) throws SQLException {
    try {
      rs.updateTimestamp(column(label), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateTimestamp(int column, Timestamp x1) throws SQLException {
    try {
      rs.updateTimestamp(column(column), x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean wasNull() throws SQLException {
    guard.check();
    if (lastRead != Read.BY_AVATICA) {
      return lastRead == Read.NULL;
    }
    try {
      return rs.wasNull();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }
}
