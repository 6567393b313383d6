package dev.bedrockjdbc.jdbc;

import static dev.bedrockjdbc.jdbc.Delegation.call;
import static dev.bedrockjdbc.jdbc.Delegation.run;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLPermission;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.ShardingKey;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * The driver's Connection over Calcite's: read-only and always auto-commit, so the transaction calls tools
 * make (setReadOnly, setAutoCommit, commit, rollback, setTransactionIsolation) succeed as no-ops instead of
 * Calcite's UnsupportedOperationException; client info is kept; statements and metadata are the driver's;
 * getURL() never shows a secret; every failure is classified. A delegating class rather than a reflective
 * proxy: generating the proxy classes cost a cold first query ~50 ms.
 */
public final class BedrockConnection implements Connection {
  private static final String FORWARD_ONLY_WARNING =
      "Only forward-only, read-only result sets are supported; the statement gives one.";
  private final Connection connection;
  private final String safeUrl;
  private final BooleanSupplier usable;
  /** Seconds every new statement starts with (the queryTimeout property), 0 for none. */
  private final int queryTimeout;
  private final Properties clientInfo = new Properties();
  private final Warnings warnings = new Warnings();
  private int networkTimeout;
  /** Set by abort(): closed for its users at once, while the close itself runs on the pool's executor. */
  private volatile boolean aborted;
  /** Every call but close, isClosed, isValid and abort (JDBC allows those on a closed connection) passes it. */
  private final OpenGuard guard = new OpenGuard(this::isClosed, SqlErrors::connectionClosed);

  /**
   * @param safeUrl   the URL with its secrets masked, for getURL() and toString()
   * @param usable    whether the API client can make calls, answered without one
   * @param queryTimeout seconds every new statement starts with, 0 for none
   */
  public BedrockConnection(Connection connection, String safeUrl, BooleanSupplier usable, int queryTimeout) {
    this.connection = connection;
    this.safeUrl = safeUrl;
    this.usable = usable;
    this.queryTimeout = queryTimeout;
  }

  /** A new statement of this connection, with the connection's default query timeout. */
  private <T extends Statement> T withDefaults(T statement) throws SQLException {
    if (queryTimeout > 0) {
      statement.setQueryTimeout(queryTimeout);
    }
    return statement;
  }

  @Override public String toString() {
    return "BedrockConnection{" + safeUrl + "}";
  }

  // No transactions: the calls tools make succeed.

  @Override public void setReadOnly(boolean x) throws SQLException {
    guard.check();
  }

  @Override public void commit() throws SQLException {
    guard.check();
  }

  @Override public void rollback() throws SQLException {
    guard.check();
  }

  @Override public void rollback(Savepoint x) throws SQLException {
    guard.check();
  }

  @Override public void setTransactionIsolation(int x) throws SQLException {
    guard.check();
  }

  @Override public void setHoldability(int x) throws SQLException {
    guard.check();
  }

  @Override public void releaseSavepoint(Savepoint x) throws SQLException {
    guard.check();
  }

  @Override public void setAutoCommit(boolean autoCommit) throws SQLException {
    guard.check();
    if (!autoCommit) {
      warnings.add("bedrock-jdbc has no transactions: the connection stays in auto-commit mode.");
    }
  }

  @Override public boolean isReadOnly() throws SQLException {
    guard.check();
    return true;
  }

  @Override public boolean getAutoCommit() throws SQLException {
    guard.check();
    return true;
  }

  @Override public int getTransactionIsolation() throws SQLException {
    guard.check();
    return Connection.TRANSACTION_NONE;
  }

  @Override public void setClientInfo(Properties properties) throws SQLClientInfoException {
    checkOpenForClientInfo();
    clientInfo.clear();
    clientInfo.putAll(properties);
  }

  @Override public void setClientInfo(String name, String value) throws SQLClientInfoException {
    checkOpenForClientInfo();
    if (value == null) {
      clientInfo.remove(name);
    } else {
      clientInfo.setProperty(name, value);
    }
  }

  /** The guard's refusal as the SQLClientInfoException setClientInfo declares. */
  private void checkOpenForClientInfo() throws SQLClientInfoException {
    try {
      guard.check();
    } catch (SQLException e) {
      throw new SQLClientInfoException(e.getMessage(), e.getSQLState(), Map.of(), e);
    }
  }

  @Override public Properties getClientInfo() throws SQLException {
    guard.check();
    Properties copy = new Properties();
    copy.putAll(clientInfo);
    return copy;
  }

  @Override public String getClientInfo(String name) throws SQLException {
    guard.check();
    return clientInfo.getProperty(name);
  }

  @Override public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
    guard.check();
    Refusals.requireNotNegative("networkTimeout (milliseconds)", milliseconds, "no limit");
    networkTimeout = milliseconds;
  }

  @Override public int getNetworkTimeout() throws SQLException {
    guard.check();
    return networkTimeout;
  }

  /**
   * Answered from the connection's state, never by an API call: pools ask before every borrow, and a call
   * would spend throttling budget (and could wait out retries). A failing service fails the next query instead.
   */
  @Override public boolean isValid(int seconds) throws SQLException {
    Refusals.requireNotNegative("isValid timeout (seconds)", seconds, "no limit");
    return !isClosed() && usable.getAsBoolean();
  }

  @Override public SQLWarning getWarnings() throws SQLException {
    guard.check();
    return warnings.first();
  }

  @Override public void clearWarnings() throws SQLException {
    guard.check();
    warnings.clear();
  }

  @Override public DatabaseMetaData getMetaData() throws SQLException {
    guard.check();
    return MetaDataHandler.wrap(call(connection::getMetaData), this, safeUrl);
  }

  @Override public <T> T unwrap(Class<T> iface) throws SQLException {
    return Delegation.unwrap(this, connection, iface);
  }

  @Override public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return Delegation.isWrapperFor(this, connection, iface);
  }

  @Override public Statement createStatement() throws SQLException {
    guard.check();
    return withDefaults(new BedrockStatement(call(connection::createStatement), this));
  }

  @Override public Statement createStatement(int type, int concurrency) throws SQLException {
    if (type != ResultSet.TYPE_FORWARD_ONLY || concurrency != ResultSet.CONCUR_READ_ONLY) {
      warnings.add(FORWARD_ONLY_WARNING);
    }
    return createStatement();
  }

  @Override public Statement createStatement(int type, int concurrency, int holdability) throws SQLException {
    return createStatement(type, concurrency);
  }

  @Override public PreparedStatement prepareStatement(String sql) throws SQLException {
    guard.check();
    ReadOnlyGuard.check(sql);
    return withDefaults(new BedrockPreparedStatement(
        call(() -> connection.prepareStatement(sql)), this));
  }

  /** A scrollable or updatable statement becomes forward-only and read-only, with a warning. */
  @Override public PreparedStatement prepareStatement(String sql, int type, int concurrency) throws SQLException {
    guard.check();
    ReadOnlyGuard.check(sql);
    if (type != ResultSet.TYPE_FORWARD_ONLY || concurrency != ResultSet.CONCUR_READ_ONLY) {
      warnings.add(FORWARD_ONLY_WARNING);
      return prepareStatement(sql);
    }
    return withDefaults(new BedrockPreparedStatement(
        call(() -> connection.prepareStatement(sql, type, concurrency)), this));
  }

  @Override public PreparedStatement prepareStatement(String sql, int type, int concurrency, int holdability)
      throws SQLException {
    guard.check();
    ReadOnlyGuard.check(sql);
    if (type != ResultSet.TYPE_FORWARD_ONLY || concurrency != ResultSet.CONCUR_READ_ONLY) {
      warnings.add(FORWARD_ONLY_WARNING);
      return prepareStatement(sql);
    }
    return withDefaults(new BedrockPreparedStatement(
        call(() -> connection.prepareStatement(sql, type, concurrency, holdability)), this));
  }

  @Override public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
    guard.check();
    ReadOnlyGuard.check(sql);
    return withDefaults(new BedrockPreparedStatement(
        call(() -> connection.prepareStatement(sql, autoGeneratedKeys)), this));
  }

  @Override public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
    guard.check();
    ReadOnlyGuard.check(sql);
    return withDefaults(new BedrockPreparedStatement(
        call(() -> connection.prepareStatement(sql, columnIndexes)), this));
  }

  @Override public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
    guard.check();
    ReadOnlyGuard.check(sql);
    return withDefaults(new BedrockPreparedStatement(
        call(() -> connection.prepareStatement(sql, columnNames)), this));
  }

  @Override public CallableStatement prepareCall(String sql) throws SQLException {
    guard.check();
    throw new SQLFeatureNotSupportedException("Stored procedures are not supported", SqlErrors.NOT_SUPPORTED);
  }

  @Override public CallableStatement prepareCall(String sql, int type, int concurrency) throws SQLException {
    return prepareCall(sql);
  }

  @Override public CallableStatement prepareCall(String sql, int type, int concurrency, int holdability)
      throws SQLException {
    return prepareCall(sql);
  }

  // Everything else delegates, classifying failures.

  /**
   * As pools call it: the connection is closed for its users at once (isClosed() is true, new statements are
   * refused with 08003) and closed on {@code executor}, which ends a query running on it.
   */
  @Override public void abort(Executor executor) throws SQLException {
    if (executor == null) {
      throw new SQLException("abort needs an Executor to close the connection on.", SqlErrors.INVALID_VALUE);
    }
    checkAbortPermission();
    if (isClosed()) {
      return;
    }
    aborted = true;
    executor.execute(() -> {
      try {
        connection.close();
      } catch (SQLException | RuntimeException e) {
        // Nobody waits for this close; what could be released is released.
      }
    });
  }

  /** JDBC: abort checks SQLPermission("callAbort") where a security manager is installed. */
  @SuppressWarnings("removal")
  private static void checkAbortPermission() {
    SecurityManager security = System.getSecurityManager();
    if (security != null) {
      security.checkPermission(new SQLPermission("callAbort"));
    }
  }

  @Override public void beginRequest() throws SQLException {
    guard.run(() -> connection.beginRequest());
  }

  @Override public void close() throws SQLException {
    run(() -> connection.close());
  }

  @Override public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
    guard.check();
    try {
      return connection.createArrayOf(typeName, elements);
    } catch (SQLException e) {
      // Avatica's refusals (an unknown type name, an array of arrays or structs) carry no SQLState.
      throw e.getSQLState() != null ? e : new SQLDataException(e.getMessage() + "; name a JDBC type such as "
          + "VARCHAR.", SqlErrors.INVALID_VALUE, e);
    } catch (RuntimeException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override public Blob createBlob() throws SQLException {
    return guard.call(() -> connection.createBlob());
  }

  @Override public Clob createClob() throws SQLException {
    return guard.call(() -> connection.createClob());
  }

  @Override public NClob createNClob() throws SQLException {
    return guard.call(() -> connection.createNClob());
  }

  @Override public SQLXML createSQLXML() throws SQLException {
    return guard.call(() -> connection.createSQLXML());
  }

  @Override public Struct createStruct(String x1, Object[] x2) throws SQLException {
    return guard.call(() -> connection.createStruct(x1, x2));
  }

  @Override public void endRequest() throws SQLException {
    guard.run(() -> connection.endRequest());
  }

  @Override public String getCatalog() throws SQLException {
    return guard.call(() -> connection.getCatalog());
  }

  @Override public int getHoldability() throws SQLException {
    return guard.call(() -> connection.getHoldability());
  }

  @Override public String getSchema() throws SQLException {
    return guard.call(() -> connection.getSchema());
  }

  @Override public Map<String, Class<?>> getTypeMap() throws SQLException {
    return guard.call(() -> connection.getTypeMap());
  }

  @Override public boolean isClosed() throws SQLException {
    return aborted || call(() -> connection.isClosed());
  }

  @Override public String nativeSQL(String x) throws SQLException {
    return guard.call(() -> connection.nativeSQL(x));
  }

  @Override public void setCatalog(String x) throws SQLException {
    guard.run(() -> connection.setCatalog(x));
  }

  @Override public Savepoint setSavepoint() throws SQLException {
    return guard.call(() -> connection.setSavepoint());
  }

  @Override public Savepoint setSavepoint(String x) throws SQLException {
    return guard.call(() -> connection.setSavepoint(x));
  }

  @Override public void setSchema(String x) throws SQLException {
    guard.run(() -> connection.setSchema(x));
  }

  @Override public void setShardingKey(ShardingKey x1, ShardingKey x2) throws SQLException {
    guard.run(() -> connection.setShardingKey(x1, x2));
  }

  @Override public void setShardingKey(ShardingKey x) throws SQLException {
    guard.run(() -> connection.setShardingKey(x));
  }

  @Override public boolean setShardingKeyIfValid(ShardingKey x1, int x2) throws SQLException {
    return guard.call(() -> connection.setShardingKeyIfValid(x1, x2));
  }

  @Override public boolean setShardingKeyIfValid(ShardingKey x1, ShardingKey x2, int x3) throws SQLException {
    return guard.call(() -> connection.setShardingKeyIfValid(x1, x2, x3));
  }

  @Override public void setTypeMap(Map<String, Class<?>> x) throws SQLException {
    guard.run(() -> connection.setTypeMap(x));
  }
}
