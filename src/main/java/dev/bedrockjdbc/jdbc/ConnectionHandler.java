package dev.bedrockjdbc.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.IntPredicate;

/**
 * The driver's Connection over Calcite's: read-only and always auto-commit, so the transaction calls tools
 * make (setReadOnly, setAutoCommit, commit, rollback, setTransactionIsolation) succeed as no-ops instead of
 * Calcite's UnsupportedOperationException; client info is kept; statements and metadata are the driver's;
 * getURL() never shows a secret; every failure is classified.
 */
public final class ConnectionHandler implements InvocationHandler {
  private final Connection connection;
  private final String safeUrl;
  private final IntPredicate validator;
  private final Properties clientInfo = new Properties();
  private Connection self;
  private SQLWarning warnings;
  private int networkTimeout;

  private ConnectionHandler(Connection connection, String url, IntPredicate validator) {
    this.connection = connection;
    this.safeUrl = SafeUrl.redact(url);
    this.validator = validator;
  }

  /**
   * @param validator answers isValid(seconds) with a cheap real API call
   */
  public static Connection wrap(Connection connection, String url, IntPredicate validator) {
    ConnectionHandler h = new ConnectionHandler(connection, url, validator);
    h.self = (Connection) Proxy.newProxyInstance(ConnectionHandler.class.getClassLoader(),
        new Class<?>[] {Connection.class}, h);
    return h.self;
  }

  @Override public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    return DriverActivity.during(() -> handle(proxy, method, args));
  }

  private Object handle(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return Delegation.objectMethod(proxy, method, args, "BedrockConnection{" + safeUrl + "}");
    }
    switch (method.getName()) {
      case "setReadOnly", "commit", "rollback", "setTransactionIsolation", "setHoldability", "releaseSavepoint":
        return null;
      case "setAutoCommit":
        if (!(Boolean) args[0]) {
          warn("bedrock-jdbc has no transactions: the connection stays in auto-commit mode.");
        }
        return null;
      case "isReadOnly", "getAutoCommit":
        return true;
      case "getTransactionIsolation":
        return Connection.TRANSACTION_NONE;
      case "setClientInfo":
        return setClientInfo(args);
      case "getClientInfo":
        return args == null ? copy(clientInfo) : clientInfo.getProperty((String) args[0]);
      case "setNetworkTimeout":
        networkTimeout = (Integer) args[1];
        return null;
      case "getNetworkTimeout":
        return networkTimeout;
      case "isValid":
        if ((Integer) args[0] < 0) {
          throw new SQLException("isValid timeout must not be negative", SqlErrors.INVALID_VALUE);
        }
        return !connection.isClosed() && validator.test((Integer) args[0]);
      case "getWarnings":
        return warnings;
      case "clearWarnings":
        warnings = null;
        return null;
      case "getMetaData":
        return MetaDataHandler.wrap((DatabaseMetaData) Delegation.call(connection, method, args), self, safeUrl);
      case "unwrap":
        return ((Class<?>) args[0]).isInstance(proxy) ? proxy : Delegation.call(connection, method, args);
      case "isWrapperFor":
        return ((Class<?>) args[0]).isInstance(proxy) || (boolean) Delegation.call(connection, method, args);
      case "createStatement":
        if (args != null && (!args[0].equals(ResultSet.TYPE_FORWARD_ONLY) || !args[1].equals(ResultSet.CONCUR_READ_ONLY))) {
          warn("Only forward-only, read-only result sets are supported; the statement gives one.");
        }
        return StatementHandler.wrap(Statement.class, connection.createStatement(), self);
      case "prepareStatement":
        ReadOnlyGuard.check((String) args[0]);
        return StatementHandler.wrap(PreparedStatement.class, prepare(method, args), self);
      case "prepareCall":
        throw new java.sql.SQLFeatureNotSupportedException("Stored procedures are not supported", SqlErrors.NOT_SUPPORTED);
      default:
        return Delegation.call(connection, method, args);
    }
  }

  /** A scrollable or updatable statement becomes forward-only and read-only, with a warning. */
  private PreparedStatement prepare(Method method, Object[] args) throws SQLException {
    if (args.length >= 3 && args[1] instanceof Integer type && args[2] instanceof Integer concurrency
        && (type != ResultSet.TYPE_FORWARD_ONLY || concurrency != ResultSet.CONCUR_READ_ONLY)) {
      warn("Only forward-only, read-only result sets are supported; the statement gives one.");
      return connection.prepareStatement((String) args[0]);
    }
    return (PreparedStatement) Delegation.call(connection, method, args);
  }

  private Object setClientInfo(Object[] args) {
    if (args.length == 1) {
      clientInfo.clear();
      clientInfo.putAll((Properties) args[0]);
    } else if (args[1] == null) {
      clientInfo.remove(args[0]);
    } else {
      clientInfo.setProperty((String) args[0], (String) args[1]);
    }
    return null;
  }

  private static Properties copy(Properties p) {
    Properties c = new Properties();
    c.putAll(p);
    return c;
  }

  private void warn(String message) {
    SQLWarning w = new SQLWarning(message, "01000");
    if (warnings == null) {
      warnings = w;
    } else {
      warnings.setNextWarning(w);
    }
  }
}
