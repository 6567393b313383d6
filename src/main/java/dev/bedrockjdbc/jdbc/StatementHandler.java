package dev.bedrockjdbc.jdbc;

import dev.bedrockjdbc.fastpath.FastPathRows;

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
 * sticky cancel flag when a new execution starts (so a statement stays usable after cancel()), runs a plain
 * Statement's queries as prepared statements, returns the driver's ResultSet and Connection, and classifies
 * every failure.
 */
final class StatementHandler implements InvocationHandler {
  private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
      "executeLargeUpdate", "addBatch");
  /** What a plain Statement answers from the prepared statement its last query ran as. */
  private static final Set<String> OF_LAST_QUERY = Set.of("getResultSet", "getUpdateCount", "getLargeUpdateCount",
      "getMoreResults");

  private final Statement statement;
  private final Connection connection;
  private Statement self;
  private ResultSet lastRaw;
  private ResultSet lastWrapped;
  /** The fast-path rows of the last execution, for its result set's wrapper; null when it was not one. */
  private FastPathRows executedRows;
  /** The prepared statement a plain Statement's last executeQuery(sql) or execute(sql) ran as, if open. */
  private volatile PreparedStatement lastQuery;

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
    return DriverActivity.during(() -> handle(proxy, method, args));
  }

  private Object handle(Object proxy, Method method, Object[] args) throws Throwable {
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
      closeLastQuery();
      FastPathRows.take(); // an earlier execution's on this thread that failed before its result set
      executedRows = null;
      if (!(statement instanceof PreparedStatement) && args.length == 1
          && (name.equals("executeQuery") || name.equals("execute"))) {
        return runPrepared(name.equals("execute"), (String) args[0]);
      }
    }
    PreparedStatement last = lastQuery;
    Object target = last != null && OF_LAST_QUERY.contains(name) ? last : statement;
    if (name.equals("cancel") && last != null) {
      last.cancel();
    } else if (name.equals("close")) {
      closeLastQuery();
    }
    if ((name.equals("setObject") || name.equals("setString")) && statement instanceof PreparedStatement ps
        && setTimestamp(ps, args)) {
      return null;
    }
    Object result = Delegation.call(target, method, args);
    if (EXECUTIONS.contains(name)) {
      executedRows = FastPathRows.take();
    }
    if (name.equals("getResultSet") && result instanceof ResultSet rs && rs.isClosed()) {
      return null; // after getMoreResults(): JDBC says there is no current result; Avatica keeps the closed one
    }
    if (!(result instanceof ResultSet rs)) {
      return result;
    }
    return wrapResultSet(rs, name.equals("executeQuery") || name.equals("getResultSet") ? executedRows : null);
  }

  /**
   * Runs a plain Statement's query as a prepared statement of the same connection, with the statement's
   * settings. Calcite's Statement path builds a FrameworkConfig at every execution (CalciteMetaImpl.toQuery,
   * for a hook) that on a cold JVM first loads its operator and convertlet tables: ~700 classes, ~150 ms on
   * 2 cores. The prepared path plans the same way without it.
   */
  private Object runPrepared(boolean execute, String sql) throws SQLException {
    try {
      PreparedStatement ps = statement.getConnection().prepareStatement(sql);
      lastQuery = ps;
      ps.setLargeMaxRows(statement.getLargeMaxRows());
      ps.setQueryTimeout(statement.getQueryTimeout());
      ps.setFetchSize(statement.getFetchSize());
      if (cancelFlag(statement.unwrap(AvaticaStatement.class)).get()) {
        ps.cancel(); // cancel() came while the query was being prepared
      }
      if (execute) {
        boolean query = ps.execute();
        executedRows = FastPathRows.take();
        return query;
      }
      ResultSet rs = ps.executeQuery();
      executedRows = FastPathRows.take();
      return wrapResultSet(rs, executedRows);
    } catch (Throwable e) { // as Delegation.call: a too-deep statement fails with StackOverflowError
      throw SqlErrors.translate(e);
    }
  }

  private void closeLastQuery() throws SQLException {
    PreparedStatement last = lastQuery;
    lastQuery = null;
    if (last != null) {
      last.close();
    }
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

  /** {@code rows}: the fast-path rows of {@code rs}, if it is the last execution's result set. */
  private ResultSet wrapResultSet(ResultSet rs, FastPathRows rows) throws SQLException {
    if (rs != lastRaw) {
      lastRaw = rs;
      lastWrapped = new BedrockResultSet(rs, self, rows);
      executedRows = null; // one result set per execution
    }
    return lastWrapped;
  }
}
