package dev.bedrockjdbc.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A DatabaseMetaData result's rows in the order JDBC promises (getTables by TABLE_TYPE, TABLE_SCHEM, TABLE_NAME;
 * getColumns by TABLE_SCHEM, TABLE_NAME, ORDINAL_POSITION). Calcite lists a schema's tables in hash-set order,
 * which shuffles a navigator and misleads a tool that takes the first row as the table it asked for. The rows
 * (a few hundred at most) are read into memory and served by a plain result set of the same metadata.
 */
final class OrderedRows implements InvocationHandler {
  private final ResultSetMetaData metaData;
  private final List<Object[]> rows;
  private int at = -1;
  private boolean closed;
  private boolean lastNull;

  private OrderedRows(ResultSetMetaData metaData, List<Object[]> rows) {
    this.metaData = metaData;
    this.rows = rows;
  }

  /** {@code rs}'s rows, read and closed, sorted by the columns labelled {@code keys} (nulls first). */
  static ResultSet of(ResultSet rs, String... keys) throws SQLException {
    try (rs) {
      ResultSetMetaData md = rs.getMetaData();
      int n = md.getColumnCount();
      List<Object[]> rows = new ArrayList<>();
      while (rs.next()) {
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) {
          row[i] = rs.getObject(i + 1);
        }
        rows.add(row);
      }
      Comparator<Object[]> order = (a, b) -> 0;
      for (String key : keys) {
        int i = rs.findColumn(key) - 1;
        order = order.thenComparing(r -> (Comparable<Object>) r[i], Comparator.nullsFirst(Comparator.naturalOrder()));
      }
      rows.sort(order);
      return (ResultSet) Proxy.newProxyInstance(OrderedRows.class.getClassLoader(), new Class<?>[] {ResultSet.class},
          new OrderedRows(md, rows));
    }
  }

  @Override public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    switch (name) {
      case "next":
        return !closed && ++at < rows.size();
      case "close":
        closed = true;
        return null;
      case "isClosed":
        return closed;
      case "wasNull":
        return lastNull;
      case "getMetaData":
        return metaData;
      case "findColumn":
        return column((String) args[0]);
      case "getStatement", "getWarnings":
        return null;
      case "clearWarnings":
        return null;
      case "getType":
        return ResultSet.TYPE_FORWARD_ONLY;
      case "getConcurrency":
        return ResultSet.CONCUR_READ_ONLY;
      case "toString":
        return "OrderedRows(" + rows.size() + " rows)";
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      default:
        if (name.startsWith("get") && args != null && args.length >= 1) {
          int column = args[0] instanceof String label ? column(label) : (Integer) args[0];
          return convert(name, value(column), args.length > 1 ? args[1] : null);
        }
        throw new SQLFeatureNotSupportedException(name + " on a metadata result");
    }
  }

  private Object value(int column) throws SQLException {
    if (closed || at < 0 || at >= rows.size()) {
      throw new SQLException("No current row", "24000");
    }
    Object v = rows.get(at)[column - 1];
    lastNull = v == null;
    return v;
  }

  private int column(String label) throws SQLException {
    for (int i = 1; i <= metaData.getColumnCount(); i++) {
      if (metaData.getColumnLabel(i).equalsIgnoreCase(label)) {
        return i;
      }
    }
    throw new SQLException("No column " + label, "07009");
  }

  private static Object convert(String getter, Object v, Object type) throws SQLException {
    Number n = v instanceof Number x ? x : null;
    return switch (getter) {
      case "getObject" -> type instanceof Class<?> c && v != null ? c.cast(v) : v;
      case "getString", "getNString" -> v == null ? null : v.toString();
      case "getInt" -> n == null ? 0 : n.intValue();
      case "getShort" -> n == null ? (short) 0 : n.shortValue();
      case "getLong" -> n == null ? 0L : n.longValue();
      case "getByte" -> n == null ? (byte) 0 : n.byteValue();
      case "getDouble" -> n == null ? 0d : n.doubleValue();
      case "getFloat" -> n == null ? 0f : n.floatValue();
      case "getBoolean" -> v instanceof Boolean b ? b : n != null && n.intValue() != 0;
      case "getBigDecimal" -> v == null ? null : new BigDecimal(v.toString());
      default -> throw new SQLFeatureNotSupportedException(getter + " on a metadata result");
    };
  }
}
