package dev.bedrockjdbc.jdbc;

import static dev.bedrockjdbc.jdbc.Delegation.call;
import static dev.bedrockjdbc.jdbc.Delegation.run;
import static dev.bedrockjdbc.jdbc.DriverActivity.during;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.BitSet;
import java.util.Calendar;

/** The driver's PreparedStatement: the driver's Statement, and java.time values bound as UTC timestamps. */
final class BedrockPreparedStatement extends BedrockStatement implements PreparedStatement {
  private final PreparedStatement prepared;
  /** The prepared signature's parameters, read once: every setter checks its index against them. */
  private ParameterMetaData parameters;
  /** The indexes of the parameters bound since the last clearParameters. */
  private final BitSet bound = new BitSet();

  BedrockPreparedStatement(PreparedStatement prepared, Connection connection) {
    super(prepared, connection);
    this.prepared = prepared;
  }

  @Override public ResultSet executeQuery() throws SQLException {
    return during(() -> wrap(executionOfBound(prepared::executeQuery), executedRows()));
  }

  @Override public boolean execute() throws SQLException {
    return executionOfBound(prepared::execute);
  }

  @Override public int executeUpdate() throws SQLException {
    return executionOfBound(prepared::executeUpdate);
  }

  @Override public long executeLargeUpdate() throws SQLException {
    return executionOfBound(prepared::executeLargeUpdate);
  }

  @Override public void addBatch() throws SQLException {
    executionOfBound(() -> {
      prepared.addBatch();
      return null;
    });
  }

  /** JDBC: a PreparedStatement refuses the Statement methods that take SQL (Avatica did so without a SQLState). */
  @Override void checkSql(String sql) throws SQLException {
    super.checkSql(sql);
    throw new SQLFeatureNotSupportedException("A PreparedStatement runs the SQL it was prepared with; run other "
        + "SQL on a Statement.", SqlErrors.NOT_SUPPORTED);
  }

  @Override public void setString(int index, String x) throws SQLException {
    if (!bindTimestamp(index, x) && !bindInteger(index, x)) {
      bind(index, () -> prepared.setString(index, x));
    }
  }

  @Override public void setObject(int index, Object x) throws SQLException {
    if (!bindTimestamp(index, x) && !bindInteger(index, x)) {
      bind(index, () -> prepared.setObject(index, x));
    }
  }

  @Override public void setObject(int index, Object x, int targetType) throws SQLException {
    if (!bindTimestamp(index, x)) {
      bind(index, () -> prepared.setObject(index, x, targetType));
    }
  }

  @Override public void setObject(int index, Object x, int targetType, int scale) throws SQLException {
    if (!bindTimestamp(index, x)) {
      bind(index, () -> prepared.setObject(index, x, targetType, scale));
    }
  }

  @Override public void setObject(int index, Object x, SQLType targetType) throws SQLException {
    if (!bindTimestamp(index, x)) {
      bind(index, () -> prepared.setObject(index, x, targetType));
    }
  }

  @Override public void setObject(int index, Object x, SQLType targetType, int scale) throws SQLException {
    if (!bindTimestamp(index, x)) {
      bind(index, () -> prepared.setObject(index, x, targetType, scale));
    }
  }

  /**
   * Binds java.time values, and strings given for a TIMESTAMP parameter, as UTC timestamps: Avatica would
   * pass them on unconverted and fail at execution. Returns whether it bound the value.
   */
  private boolean bindTimestamp(int index, Object value) throws SQLException {
    if (value == null || !(value instanceof String || value instanceof Temporal)) {
      return false;
    }
    return during(() -> {
      boolean timestampParameter = value instanceof String
          && parameterType(index) == Types.TIMESTAMP;
      if (!(timestampParameter || value instanceof Temporal)) {
        return false;
      }
      Instant instant = JdbcTime.toInstant(value);
      if (instant == null) {
        return false;
      }
      bind(index, () -> prepared.setTimestamp(index, Timestamp.from(instant), JdbcTime.utc()));
      return true;
    });
  }

  /**
   * Binds a whole number given as a long, short, byte, BigDecimal or numeric string for an INTEGER parameter
   * ({@code LIMIT ?}, {@code OFFSET ?}) as an int: Avatica passes it on unconverted and Calcite's generated
   * code fails to cast it (jOOQ binds every limit with setLong). Returns whether it bound the value.
   */
  private boolean bindInteger(int index, Object value) throws SQLException {
    if (!(value instanceof Number || value instanceof String) || value instanceof Integer) {
      return false;
    }
    return during(() -> {
      if (parameterType(index) != Types.INTEGER) {
        return false;
      }
      int n;
      try {
        n = (value instanceof BigDecimal d ? d : new BigDecimal(value.toString().trim())).intValueExact();
      } catch (NumberFormatException | ArithmeticException e) {
        throw new SQLDataException("Parameter " + index + " takes a whole number from " + Integer.MIN_VALUE + " to "
            + Integer.MAX_VALUE + ", not '" + value + "'.", "22023");
      }
      bind(index, () -> prepared.setInt(index, n));
      return true;
    });
  }

  private int parameterType(int index) throws SQLException {
    parameter(index);
    return call(() -> parameters.getParameterType(index));
  }

  /**
   * The number of ? parameters of this open statement (checked first by every setter and execution); Avatica
   * answers from the prepared signature, without a call.
   */
  private int parameterCount() throws SQLException {
    guard.check();
    if (parameters == null) {
      parameters = call(prepared::getParameterMetaData);
    }
    return parameters.getParameterCount();
  }

  /**
   * Checks that {@code index} names a parameter of this open statement, before a setter reaches Avatica (whose
   * refusal had no SQLState).
   */
  private void parameter(int index) throws SQLException {
    int count = parameterCount();
    if (index < 1 || index > count) {
      throw Refusals.noParameter(index, count);
    }
  }

  /** Binds parameter {@code index} with {@code set}: every setter's way, so an execution knows what is unbound. */
  private void bind(int index, Delegation.Run set) throws SQLException {
    parameter(index);
    run(set);
    bound.set(index);
  }

  /** {@code execute} once every parameter has a value: Calcite failed with "unbound parameter" and no SQLState. */
  private <T> T executionOfBound(Delegation.Call<T> execute) throws SQLException {
    int unbound = bound.nextClearBit(1);
    if (unbound <= parameterCount()) {
      throw Refusals.unbound(unbound);
    }
    return execution(null, execute);
  }

  // Everything else delegates, classifying failures.

  @Override public void clearParameters() throws SQLException {
    guard.run(prepared::clearParameters);
    bound.clear();
  }

  @Override public ResultSetMetaData getMetaData() throws SQLException {
    return DescriptorHandler.wrap(ResultSetMetaData.class, guard.call(prepared::getMetaData));
  }

  @Override public ParameterMetaData getParameterMetaData() throws SQLException {
    return DescriptorHandler.wrap(ParameterMetaData.class, guard.call(prepared::getParameterMetaData));
  }

  @Override public void setArray(int index, Array x2) throws SQLException {
    bind(index, () -> prepared.setArray(index, x2));
  }

  @Override public void setAsciiStream(int index, InputStream x2, int x3) throws SQLException {
    bind(index, () -> prepared.setAsciiStream(index, x2, x3));
  }

  @Override public void setAsciiStream(int index, InputStream x2, long x3) throws SQLException {
    bind(index, () -> prepared.setAsciiStream(index, x2, x3));
  }

  @Override public void setAsciiStream(int index, InputStream x2) throws SQLException {
    bind(index, () -> prepared.setAsciiStream(index, x2));
  }

  @Override public void setBigDecimal(int index, BigDecimal x2) throws SQLException {
    if (!bindInteger(index, x2)) {
      bind(index, () -> prepared.setBigDecimal(index, x2));
    }
  }

  @Override public void setBinaryStream(int index, InputStream x2, int x3) throws SQLException {
    bind(index, () -> prepared.setBinaryStream(index, x2, x3));
  }

  @Override public void setBinaryStream(int index, InputStream x2, long x3) throws SQLException {
    bind(index, () -> prepared.setBinaryStream(index, x2, x3));
  }

  @Override public void setBinaryStream(int index, InputStream x2) throws SQLException {
    bind(index, () -> prepared.setBinaryStream(index, x2));
  }

  @Override public void setBlob(int index, InputStream x2, long x3) throws SQLException {
    bind(index, () -> prepared.setBlob(index, x2, x3));
  }

  @Override public void setBlob(int index, InputStream x2) throws SQLException {
    bind(index, () -> prepared.setBlob(index, x2));
  }

  @Override public void setBlob(int index, Blob x2) throws SQLException {
    bind(index, () -> prepared.setBlob(index, x2));
  }

  @Override public void setBoolean(int index, boolean x2) throws SQLException {
    bind(index, () -> prepared.setBoolean(index, x2));
  }

  @Override public void setByte(int index, byte x2) throws SQLException {
    if (!bindInteger(index, x2)) {
      bind(index, () -> prepared.setByte(index, x2));
    }
  }

  @Override public void setBytes(int index, byte[] x2) throws SQLException {
    bind(index, () -> prepared.setBytes(index, x2));
  }

  @Override public void setCharacterStream(int index, Reader x2, int x3) throws SQLException {
    bind(index, () -> prepared.setCharacterStream(index, x2, x3));
  }

  @Override public void setCharacterStream(int index, Reader x2, long x3) throws SQLException {
    bind(index, () -> prepared.setCharacterStream(index, x2, x3));
  }

  @Override public void setCharacterStream(int index, Reader x2) throws SQLException {
    bind(index, () -> prepared.setCharacterStream(index, x2));
  }

  @Override public void setClob(int index, Reader x2, long x3) throws SQLException {
    bind(index, () -> prepared.setClob(index, x2, x3));
  }

  @Override public void setClob(int index, Reader x2) throws SQLException {
    bind(index, () -> prepared.setClob(index, x2));
  }

  @Override public void setClob(int index, Clob x2) throws SQLException {
    bind(index, () -> prepared.setClob(index, x2));
  }

  @Override public void setDate(int index, Date x2, Calendar x3) throws SQLException {
    bind(index, () -> prepared.setDate(index, x2, x3));
  }

  @Override public void setDate(int index, Date x2) throws SQLException {
    bind(index, () -> prepared.setDate(index, x2));
  }

  @Override public void setDouble(int index, double x2) throws SQLException {
    bind(index, () -> prepared.setDouble(index, x2));
  }

  @Override public void setFloat(int index, float x2) throws SQLException {
    bind(index, () -> prepared.setFloat(index, x2));
  }

  @Override public void setInt(int index, int x2) throws SQLException {
    bind(index, () -> prepared.setInt(index, x2));
  }

  @Override public void setLong(int index, long x2) throws SQLException {
    if (!bindInteger(index, x2)) {
      bind(index, () -> prepared.setLong(index, x2));
    }
  }

  @Override public void setNCharacterStream(int index, Reader x2, long x3) throws SQLException {
    bind(index, () -> prepared.setNCharacterStream(index, x2, x3));
  }

  @Override public void setNCharacterStream(int index, Reader x2) throws SQLException {
    bind(index, () -> prepared.setNCharacterStream(index, x2));
  }

  @Override public void setNClob(int index, Reader x2, long x3) throws SQLException {
    bind(index, () -> prepared.setNClob(index, x2, x3));
  }

  @Override public void setNClob(int index, Reader x2) throws SQLException {
    bind(index, () -> prepared.setNClob(index, x2));
  }

  @Override public void setNClob(int index, NClob x2) throws SQLException {
    bind(index, () -> prepared.setNClob(index, x2));
  }

  @Override public void setNString(int index, String x2) throws SQLException {
    bind(index, () -> prepared.setNString(index, x2));
  }

  @Override public void setNull(int index, int x2, String x3) throws SQLException {
    bind(index, () -> prepared.setNull(index, x2, x3));
  }

  @Override public void setNull(int index, int x2) throws SQLException {
    bind(index, () -> prepared.setNull(index, x2));
  }

  @Override public void setRef(int index, Ref x2) throws SQLException {
    bind(index, () -> prepared.setRef(index, x2));
  }

  @Override public void setRowId(int index, RowId x2) throws SQLException {
    bind(index, () -> prepared.setRowId(index, x2));
  }

  @Override public void setSQLXML(int index, SQLXML x2) throws SQLException {
    bind(index, () -> prepared.setSQLXML(index, x2));
  }

  @Override public void setShort(int index, short x2) throws SQLException {
    if (!bindInteger(index, x2)) {
      bind(index, () -> prepared.setShort(index, x2));
    }
  }

  @Override public void setTime(int index, Time x2, Calendar x3) throws SQLException {
    bind(index, () -> prepared.setTime(index, x2, x3));
  }

  @Override public void setTime(int index, Time x2) throws SQLException {
    bind(index, () -> prepared.setTime(index, x2));
  }

  @Override public void setTimestamp(int index, Timestamp x2, Calendar x3) throws SQLException {
    bind(index, () -> prepared.setTimestamp(index, x2, x3));
  }

  @Override public void setTimestamp(int index, Timestamp x2) throws SQLException {
    bind(index, () -> prepared.setTimestamp(index, x2));
  }

  @Override public void setURL(int index, URL x2) throws SQLException {
    bind(index, () -> prepared.setURL(index, x2));
  }

  @Override public void setUnicodeStream(int index, InputStream x2, int x3) throws SQLException {
    bind(index, () -> prepared.setUnicodeStream(index, x2, x3));
  }
}
