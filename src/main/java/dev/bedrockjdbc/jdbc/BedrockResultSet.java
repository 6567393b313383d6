package dev.bedrockjdbc.jdbc;

import dev.bedrockjdbc.fastpath.FastPathRows;

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
import java.util.Map;

/**
 * The driver's ResultSet: Calcite's, with every failure classified by {@link SqlErrors} (Avatica lets
 * runtime exceptions out of {@code next()}), and {@link #getStatement()} answering the driver's statement.
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
  private final Calendar calendar;
  private Read lastRead = Read.BY_AVATICA;
  private ResultSetMetaData metaData;
  private int rowsRead;

  /** {@code direct}: the rows of {@code rs} when it is a fast-path query's, else null. */
  BedrockResultSet(ResultSet rs, Statement statement, FastPathRows direct) throws SQLException {
    this.rs = rs;
    this.statement = statement;
    this.direct = direct;
    this.calendar = direct == null ? null : rs.unwrap(AvaticaResultSet.class).getLocalCalendar();
  }

  @Override public boolean next() throws SQLException {
    // A scan read without other JDBC calls is still the application using the driver, and the warm-up must not
    // compete with it. Every 16 rows: within the warm-up's 300 ms of idle for a reader taking up to 18 ms a row,
    // and a few ns a row for a fast one.
    if ((++rowsRead & 15) == 0) {
      DriverActivity.touch();
    }
    try {
      return rs.next();
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

  @Override public Statement getStatement() {
    return statement;
  }

  @Override public void close() throws SQLException {
    rs.close();
    // A plain Statement's query runs as an inner prepared statement (BedrockStatement), which does not know
    // the outer statement's closeOnCompletion; Avatica honours it for the statements it owns.
    if (!statement.isClosed() && statement.isCloseOnCompletion()) {
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

  @Override public boolean absolute(int column) throws SQLException {
    try {
      return rs.absolute(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void afterLast() throws SQLException {
    try {
      rs.afterLast();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void beforeFirst() throws SQLException {
    try {
      rs.beforeFirst();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void cancelRowUpdates() throws SQLException {
    try {
      rs.cancelRowUpdates();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void clearWarnings() throws SQLException {
    try {
      rs.clearWarnings();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void deleteRow() throws SQLException {
    try {
      rs.deleteRow();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int findColumn(String label) throws SQLException {
    try {
      return rs.findColumn(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean first() throws SQLException {
    try {
      return rs.first();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Array getArray(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getArray(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Array getArray(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getArray(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public InputStream getAsciiStream(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getAsciiStream(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public InputStream getAsciiStream(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getAsciiStream(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public BigDecimal getBigDecimal(String label, int x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBigDecimal(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public BigDecimal getBigDecimal(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBigDecimal(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public BigDecimal getBigDecimal(int column, int x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBigDecimal(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public BigDecimal getBigDecimal(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBigDecimal(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public InputStream getBinaryStream(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBinaryStream(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public InputStream getBinaryStream(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBinaryStream(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Blob getBlob(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBlob(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Blob getBlob(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBlob(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean getBoolean(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBoolean(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean getBoolean(int column) throws SQLException {
    if (directType(column) == Types.BOOLEAN) {
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
      return rs.getByte(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public byte getByte(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getByte(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public byte[] getBytes(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBytes(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public byte[] getBytes(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getBytes(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Reader getCharacterStream(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getCharacterStream(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Reader getCharacterStream(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getCharacterStream(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Clob getClob(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getClob(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Clob getClob(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getClob(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getConcurrency() throws SQLException {
    try {
      return rs.getConcurrency();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public String getCursorName() throws SQLException {
    try {
      return rs.getCursorName();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Date getDate(String label, Calendar x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getDate(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Date getDate(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getDate(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Date getDate(int column, Calendar x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getDate(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Date getDate(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getDate(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public double getDouble(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getDouble(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public double getDouble(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getDouble(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getFetchDirection() throws SQLException {
    try {
      return rs.getFetchDirection();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getFetchSize() throws SQLException {
    try {
      return rs.getFetchSize();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public float getFloat(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getFloat(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public float getFloat(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getFloat(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getHoldability() throws SQLException {
    try {
      return rs.getHoldability();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getInt(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getInt(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getInt(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getInt(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public long getLong(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getLong(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public long getLong(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getLong(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public ResultSetMetaData getMetaData() throws SQLException {
    if (metaData == null) {
      metaData = DescriptorHandler.wrap(ResultSetMetaData.class, Delegation.call(rs::getMetaData));
    }
    return metaData;
  }

  @Override public Reader getNCharacterStream(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getNCharacterStream(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Reader getNCharacterStream(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getNCharacterStream(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public NClob getNClob(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getNClob(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public NClob getNClob(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getNClob(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public String getNString(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getNString(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public String getNString(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getNString(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public <T> T getObject(String label, Class<T> x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      // Avatica cannot give java.time values for TIMESTAMP columns: read them as UTC timestamps.
      if (JdbcTime.isJavaTime(x1)) {
        return x1.cast(JdbcTime.as(rs.getTimestamp(label, JdbcTime.utc()), x1));
      }
      return rs.getObject(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Object getObject(String label, Map<String, Class<?>> x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getObject(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Object getObject(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getObject(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public <T> T getObject(int column, Class<T> x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      // Avatica cannot give java.time values for TIMESTAMP columns: read them as UTC timestamps.
      if (JdbcTime.isJavaTime(x1)) {
        return x1.cast(JdbcTime.as(rs.getTimestamp(column, JdbcTime.utc()), x1));
      }
      return rs.getObject(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Object getObject(int column, Map<String, Class<?>> x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getObject(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Object getObject(int column) throws SQLException {
    int type = directType(column);
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
      return rs.getRef(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Ref getRef(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getRef(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public int getRow() throws SQLException {
    try {
      return rs.getRow();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public RowId getRowId(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getRowId(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public RowId getRowId(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getRowId(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public SQLXML getSQLXML(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getSQLXML(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public SQLXML getSQLXML(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getSQLXML(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public short getShort(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getShort(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public short getShort(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getShort(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public String getString(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getString(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public String getString(int column) throws SQLException {
    if (directType(column) == Types.VARCHAR) {
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
      return rs.getTime(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Time getTime(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getTime(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Time getTime(int column, Calendar x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getTime(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Time getTime(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getTime(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Timestamp getTimestamp(String label, Calendar x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getTimestamp(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Timestamp getTimestamp(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getTimestamp(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Timestamp getTimestamp(int column, Calendar x1) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getTimestamp(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Timestamp getTimestamp(int column) throws SQLException {
    if (directType(column) == Types.TIMESTAMP) {
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
      return rs.getType();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public URL getURL(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getURL(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public URL getURL(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getURL(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public InputStream getUnicodeStream(String label) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getUnicodeStream(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public InputStream getUnicodeStream(int column) throws SQLException {
    lastRead = Read.BY_AVATICA;
    try {
      return rs.getUnicodeStream(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public SQLWarning getWarnings() throws SQLException {
    try {
      return rs.getWarnings();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void insertRow() throws SQLException {
    try {
      rs.insertRow();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean isAfterLast() throws SQLException {
    try {
      return rs.isAfterLast();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean isBeforeFirst() throws SQLException {
    try {
      return rs.isBeforeFirst();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean isFirst() throws SQLException {
    try {
      return rs.isFirst();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean isLast() throws SQLException {
    try {
      return rs.isLast();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean last() throws SQLException {
    try {
      return rs.last();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void moveToCurrentRow() throws SQLException {
    try {
      rs.moveToCurrentRow();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void moveToInsertRow() throws SQLException {
    try {
      rs.moveToInsertRow();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean previous() throws SQLException {
    try {
      return rs.previous();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void refreshRow() throws SQLException {
    try {
      rs.refreshRow();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean relative(int column) throws SQLException {
    try {
      return rs.relative(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean rowDeleted() throws SQLException {
    try {
      return rs.rowDeleted();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean rowInserted() throws SQLException {
    try {
      return rs.rowInserted();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean rowUpdated() throws SQLException {
    try {
      return rs.rowUpdated();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void setFetchDirection(int column) throws SQLException {
    try {
      rs.setFetchDirection(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void setFetchSize(int column) throws SQLException {
    try {
      rs.setFetchSize(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateArray(String label, Array x1) throws SQLException {
    try {
      rs.updateArray(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateArray(int column, Array x1) throws SQLException {
    try {
      rs.updateArray(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateAsciiStream(String label, InputStream x1, int x2) throws SQLException {
    try {
      rs.updateAsciiStream(label, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateAsciiStream(String label, InputStream x1, long x2) throws SQLException {
    try {
      rs.updateAsciiStream(label, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateAsciiStream(String label, InputStream x1) throws SQLException {
    try {
      rs.updateAsciiStream(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateAsciiStream(int column, InputStream x1, int x2) throws SQLException {
    try {
      rs.updateAsciiStream(column, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateAsciiStream(int column, InputStream x1, long x2) throws SQLException {
    try {
      rs.updateAsciiStream(column, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateAsciiStream(int column, InputStream x1) throws SQLException {
    try {
      rs.updateAsciiStream(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBigDecimal(String label, BigDecimal x1) throws SQLException {
    try {
      rs.updateBigDecimal(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBigDecimal(int column, BigDecimal x1) throws SQLException {
    try {
      rs.updateBigDecimal(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBinaryStream(String label, InputStream x1, int x2) throws SQLException {
    try {
      rs.updateBinaryStream(label, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBinaryStream(String label, InputStream x1, long x2) throws SQLException {
    try {
      rs.updateBinaryStream(label, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBinaryStream(String label, InputStream x1) throws SQLException {
    try {
      rs.updateBinaryStream(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBinaryStream(int column, InputStream x1, int x2) throws SQLException {
    try {
      rs.updateBinaryStream(column, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBinaryStream(int column, InputStream x1, long x2) throws SQLException {
    try {
      rs.updateBinaryStream(column, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBinaryStream(int column, InputStream x1) throws SQLException {
    try {
      rs.updateBinaryStream(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBlob(String label, InputStream x1, long x2) throws SQLException {
    try {
      rs.updateBlob(label, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBlob(String label, InputStream x1) throws SQLException {
    try {
      rs.updateBlob(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBlob(String label, Blob x1) throws SQLException {
    try {
      rs.updateBlob(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBlob(int column, InputStream x1, long x2) throws SQLException {
    try {
      rs.updateBlob(column, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBlob(int column, InputStream x1) throws SQLException {
    try {
      rs.updateBlob(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBlob(int column, Blob x1) throws SQLException {
    try {
      rs.updateBlob(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBoolean(String label, boolean x1) throws SQLException {
    try {
      rs.updateBoolean(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBoolean(int column, boolean x1) throws SQLException {
    try {
      rs.updateBoolean(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateByte(String label, byte x1) throws SQLException {
    try {
      rs.updateByte(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateByte(int column, byte x1) throws SQLException {
    try {
      rs.updateByte(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBytes(String label, byte[] x1) throws SQLException {
    try {
      rs.updateBytes(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateBytes(int column, byte[] x1) throws SQLException {
    try {
      rs.updateBytes(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateCharacterStream(String label, Reader x1, int x2) throws SQLException {
    try {
      rs.updateCharacterStream(label, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateCharacterStream(String label, Reader x1, long x2) throws SQLException {
    try {
      rs.updateCharacterStream(label, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateCharacterStream(String label, Reader x1) throws SQLException {
    try {
      rs.updateCharacterStream(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateCharacterStream(int column, Reader x1, int x2) throws SQLException {
    try {
      rs.updateCharacterStream(column, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateCharacterStream(int column, Reader x1, long x2) throws SQLException {
    try {
      rs.updateCharacterStream(column, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateCharacterStream(int column, Reader x1) throws SQLException {
    try {
      rs.updateCharacterStream(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateClob(String label, Reader x1, long x2) throws SQLException {
    try {
      rs.updateClob(label, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateClob(String label, Reader x1) throws SQLException {
    try {
      rs.updateClob(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateClob(String label, Clob x1) throws SQLException {
    try {
      rs.updateClob(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateClob(int column, Reader x1, long x2) throws SQLException {
    try {
      rs.updateClob(column, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateClob(int column, Reader x1) throws SQLException {
    try {
      rs.updateClob(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateClob(int column, Clob x1) throws SQLException {
    try {
      rs.updateClob(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateDate(String label, Date x1) throws SQLException {
    try {
      rs.updateDate(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateDate(int column, Date x1) throws SQLException {
    try {
      rs.updateDate(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateDouble(String label, double x1) throws SQLException {
    try {
      rs.updateDouble(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateDouble(int column, double x1) throws SQLException {
    try {
      rs.updateDouble(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateFloat(String label, float x1) throws SQLException {
    try {
      rs.updateFloat(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateFloat(int column, float x1) throws SQLException {
    try {
      rs.updateFloat(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateInt(String label, int x1) throws SQLException {
    try {
      rs.updateInt(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateInt(int column, int x1) throws SQLException {
    try {
      rs.updateInt(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateLong(String label, long x1) throws SQLException {
    try {
      rs.updateLong(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateLong(int column, long x1) throws SQLException {
    try {
      rs.updateLong(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNCharacterStream(String label, Reader x1, long x2) throws SQLException {
    try {
      rs.updateNCharacterStream(label, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNCharacterStream(String label, Reader x1) throws SQLException {
    try {
      rs.updateNCharacterStream(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNCharacterStream(int column, Reader x1, long x2) throws SQLException {
    try {
      rs.updateNCharacterStream(column, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNCharacterStream(int column, Reader x1) throws SQLException {
    try {
      rs.updateNCharacterStream(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNClob(String label, Reader x1, long x2) throws SQLException {
    try {
      rs.updateNClob(label, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNClob(String label, Reader x1) throws SQLException {
    try {
      rs.updateNClob(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNClob(String label, NClob x1) throws SQLException {
    try {
      rs.updateNClob(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNClob(int column, Reader x1, long x2) throws SQLException {
    try {
      rs.updateNClob(column, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNClob(int column, Reader x1) throws SQLException {
    try {
      rs.updateNClob(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNClob(int column, NClob x1) throws SQLException {
    try {
      rs.updateNClob(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNString(String label, String x1) throws SQLException {
    try {
      rs.updateNString(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNString(int column, String x1) throws SQLException {
    try {
      rs.updateNString(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNull(String label) throws SQLException {
    try {
      rs.updateNull(label);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateNull(int column) throws SQLException {
    try {
      rs.updateNull(column);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(String label, Object x1, int x2) throws SQLException {
    try {
      rs.updateObject(label, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(String label, Object x1, SQLType x2, int x3) throws SQLException {
    try {
      rs.updateObject(label, x1, x2, x3);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(String label, Object x1, SQLType x2) throws SQLException {
    try {
      rs.updateObject(label, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(String label, Object x1) throws SQLException {
    try {
      rs.updateObject(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(int column, Object x1, int x2) throws SQLException {
    try {
      rs.updateObject(column, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(int column, Object x1, SQLType x2, int x3) throws SQLException {
    try {
      rs.updateObject(column, x1, x2, x3);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(int column, Object x1, SQLType x2) throws SQLException {
    try {
      rs.updateObject(column, x1, x2);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateObject(int column, Object x1) throws SQLException {
    try {
      rs.updateObject(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateRef(String label, Ref x1) throws SQLException {
    try {
      rs.updateRef(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateRef(int column, Ref x1) throws SQLException {
    try {
      rs.updateRef(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateRow() throws SQLException {
    try {
      rs.updateRow();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateRowId(String label, RowId x1) throws SQLException {
    try {
      rs.updateRowId(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateRowId(int column, RowId x1) throws SQLException {
    try {
      rs.updateRowId(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateSQLXML(String label, SQLXML x1) throws SQLException {
    try {
      rs.updateSQLXML(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateSQLXML(int column, SQLXML x1) throws SQLException {
    try {
      rs.updateSQLXML(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateShort(String label, short x1) throws SQLException {
    try {
      rs.updateShort(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateShort(int column, short x1) throws SQLException {
    try {
      rs.updateShort(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateString(String label, String x1) throws SQLException {
    try {
      rs.updateString(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateString(int column, String x1) throws SQLException {
    try {
      rs.updateString(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateTime(String label, Time x1) throws SQLException {
    try {
      rs.updateTime(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateTime(int column, Time x1) throws SQLException {
    try {
      rs.updateTime(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateTimestamp(String label, Timestamp x1) throws SQLException {
    try {
      rs.updateTimestamp(label, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public void updateTimestamp(int column, Timestamp x1) throws SQLException {
    try {
      rs.updateTimestamp(column, x1);
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public boolean wasNull() throws SQLException {
    if (lastRead != Read.BY_AVATICA && !rs.isClosed()) {
      return lastRead == Read.NULL;
    }
    try {
      return rs.wasNull();
    } catch (RuntimeException | SQLException e) {
      throw SqlErrors.translate(e);
    }
  }
}
