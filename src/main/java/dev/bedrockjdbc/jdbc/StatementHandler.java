package dev.bedrockjdbc.jdbc;

import org.apache.calcite.avatica.AvaticaStatement;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The driver's Statement and PreparedStatement: refuses writes before they reach Calcite, clears Calcite's
 * sticky cancel flag when a new execution starts (so a statement stays usable after cancel()), returns the
 * driver's ResultSet and Connection, and classifies every failure.
 */
final class StatementHandler implements InvocationHandler {
  private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
      "executeLargeUpdate", "addBatch");

  private final Statement statement;
  private final Connection connection;
  private Statement self;
  private ResultSet lastRaw;
  private ResultSet lastWrapped;

  private StatementHandler(Statement statement, Connection connection) {
    this.statement = statement;
    this.connection = connection;
  }

  static <T extends Statement> T wrap(Class<T> type, T statement, Connection connection) {
    StatementHandler h = new StatementHandler(statement, connection);
    T proxy = type.cast(java.lang.reflect.Proxy.newProxyInstance(StatementHandler.class.getClassLoader(),
        new Class<?>[] {type}, h));
    h.self = proxy;
    return proxy;
  }

  @Override public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (method.getDeclaringClass() == Object.class) {
      return Delegation.objectMethod(proxy, method, args, "BedrockStatement");
    }
    switch (name) {
      case "getConnection":
        return connection;
      case "unwrap":
        return ((Class<?>) args[0]).isInstance(proxy) ? proxy : Delegation.call(statement, method, args);
      case "isWrapperFor":
        return ((Class<?>) args[0]).isInstance(proxy) || (boolean) Delegation.call(statement, method, args);
      default:
        break;
    }
    if (EXECUTIONS.contains(name)) {
      if (args != null && args.length > 0 && args[0] instanceof String sql) {
        ReadOnlyGuard.check(sql);
      }
      cancelFlag(statement.unwrap(AvaticaStatement.class)).set(false);
    }
    if ((name.equals("setObject") || name.equals("setString")) && statement instanceof PreparedStatement ps
        && setTimestamp(ps, args)) {
      return null;
    }
    Object result = Delegation.call(statement, method, args);
    return result instanceof ResultSet rs ? wrapResultSet(rs) : result;
  }

  /**
   * Binds java.time values, and strings given for a TIMESTAMP parameter, as UTC timestamps: Avatica would
   * pass them on unconverted and fail at execution. Returns whether it bound the value.
   */
  private static boolean setTimestamp(PreparedStatement ps, Object[] args) throws SQLException {
    int index = (Integer) args[0];
    Object value = args[1];
    boolean timestampParameter = value instanceof String
        && ps.getParameterMetaData().getParameterType(index) == Types.TIMESTAMP;
    if (value == null || !(timestampParameter || value instanceof java.time.temporal.Temporal)) {
      return false;
    }
    java.time.Instant instant = JdbcTime.toInstant(value);
    if (instant == null) {
      return false;
    }
    ps.setTimestamp(index, Timestamp.from(instant), JdbcTime.utc());
    return true;
  }

  /**
   * Avatica's per-statement cancel flag. Calcite never clears it, so after one cancel() every later
   * execution of the statement would fail (calcite-notes 1.5); it is protected, hence the reflection.
   */
  private static AtomicBoolean cancelFlag(AvaticaStatement statement) throws SQLException {
    try {
      return (AtomicBoolean) CANCEL_FLAG.get(statement);
    } catch (IllegalAccessException e) {
      throw SqlErrors.translate(e);
    }
  }

  private static final Field CANCEL_FLAG;

  static {
    try {
      CANCEL_FLAG = AvaticaStatement.class.getDeclaredField("cancelFlag");
      CANCEL_FLAG.setAccessible(true);
    } catch (NoSuchFieldException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private ResultSet wrapResultSet(ResultSet rs) {
    if (rs != lastRaw) {
      lastRaw = rs;
      lastWrapped = new BedrockResultSet(rs, self);
    }
    return lastWrapped;
  }
}
