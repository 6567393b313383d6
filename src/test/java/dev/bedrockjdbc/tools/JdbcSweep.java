package dev.bedrockjdbc.tools;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.sql.Date;
import java.sql.JDBCType;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLType;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.Executor;

/**
 * Calls every method of a JDBC interface by reflection with plausible arguments and reports each one that
 * breaks the contract: an unchecked exception, a SQLException without a SQLState or with the internal state
 * XX000 (a placeholder such as Avatica's "todo: implement this method", or an unclassified failure), or a
 * SQLFeatureNotSupportedException without 0A000.
 */
final class JdbcSweep {
  /** A fresh object to call one method on. */
  interface Target<T> {
    T get() throws Exception;
  }

  private JdbcSweep() {
  }

  /** What broke the contract in calling a method, or null. */
  private interface Judge {
    String outcome(Method m, Object target, Object[] args);
  }

  /** The violations, one line each, of calling every method of {@code api} but {@code skipped}. */
  static <T> List<String> violations(Class<T> api, Target<? extends T> target, String text, Set<String> skipped)
      throws Exception {
    return sweep(api, target, text, skipped, false, JdbcSweep::outcome);
  }

  /**
   * The same with wrong arguments: -1 for every number, {@code text} an unknown name. A refusal is expected, and
   * it must be classified as well: an out-of-range index, a negative limit, an unknown column label.
   */
  static <T> List<String> violationsOfWrongArguments(Class<T> api, Target<? extends T> target, String text,
      Set<String> skipped) throws Exception {
    return sweep(api, target, text, skipped, true, JdbcSweep::outcome);
  }

  /** The methods of {@code api} but {@code skipped} that do not refuse a call with {@code state}, one line each. */
  static <T> List<String> notRefusedWith(String state, Class<T> api, Target<? extends T> target, String text,
      Set<String> skipped) throws Exception {
    return sweep(api, target, text, skipped, false, (m, t, args) -> refusal(state, m, t, args));
  }

  private static <T> List<String> sweep(Class<T> api, Target<? extends T> target, String text, Set<String> skipped,
      boolean wrong, Judge judge) throws Exception {
    List<String> out = new ArrayList<>();
    Method[] methods = api.getMethods();
    Arrays.sort(methods, Comparator.comparing(Method::toString));
    for (Method m : methods) {
      if (Modifier.isStatic(m.getModifiers()) || skipped.contains(m.getName())) {
        continue;
      }
      // createArrayOf and createStruct take a type name.
      String name = m.getName().startsWith("create") ? "VARCHAR" : text;
      Object[] args = Arrays.stream(m.getParameterTypes())
          .map(type -> wrong && type.isPrimitive() && type != boolean.class ? minusOne(type) : argument(type, name))
          .toArray();
      String broken = judge.outcome(m, target.get(), args);
      if (broken != null) {
        out.add(api.getSimpleName() + "." + m.getName() + Arrays.toString(m.getParameterTypes()) + ": " + broken);
      }
    }
    return out;
  }

  /** What broke the contract in calling {@code m}, or null. */
  private static String outcome(Method m, Object target, Object[] args) {
    try {
      m.invoke(target, args);
      return null;
    } catch (InvocationTargetException e) {
      Throwable t = e.getCause();
      if (!(t instanceof SQLException s)) {
        return "unchecked " + t;
      }
      if (s.getSQLState() == null || s.getSQLState().equals("XX000")) {
        return "state " + s.getSQLState() + ": " + s;
      }
      if (s instanceof SQLFeatureNotSupportedException && !s.getSQLState().equals("0A000")) {
        return "not supported with state " + s.getSQLState();
      }
      return null;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Why calling {@code m} did not end in a SQLException with {@code state}, or null. */
  private static String refusal(String state, Method m, Object target, Object[] args) {
    try {
      m.invoke(target, args);
      return "answered";
    } catch (InvocationTargetException e) {
      return e.getCause() instanceof SQLException s && state.equals(s.getSQLState()) ? null : "threw " + e.getCause();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object minusOne(Class<?> type) {
    return type == long.class ? -1L : type == short.class ? (short) -1 : type == byte.class ? (byte) -1
        : type == float.class ? -1f : type == double.class ? -1d : (Object) (-1);
  }

  /** A plausible value of {@code type}; {@code text} for a String (SQL, a column label or a name pattern). */
  private static Object argument(Class<?> type, String text) {
    if (type == int.class) {
      return 1;
    }
    if (type == long.class) {
      return 1L;
    }
    if (type == boolean.class) {
      return true;
    }
    if (type == short.class) {
      return (short) 1;
    }
    if (type == byte.class) {
      return (byte) 1;
    }
    if (type == float.class) {
      return 1f;
    }
    if (type == double.class) {
      return 1d;
    }
    return type == String.class ? text : VALUES.get(type);
  }

  private static final Map<Class<?>, Object> VALUES = values();

  private static Map<Class<?>, Object> values() {
    Map<Class<?>, Object> v = new HashMap<>();
    v.put(String[].class, new String[] {"model_name"});
    v.put(int[].class, new int[] {1});
    v.put(Object.class, "1");
    v.put(Object[].class, new Object[] {"1"});
    v.put(Class.class, String.class);
    v.put(Map.class, new HashMap<>());
    v.put(Properties.class, new Properties());
    v.put(Executor.class, (Executor) Runnable::run);
    v.put(Calendar.class, Calendar.getInstance(TimeZone.getTimeZone("UTC")));
    v.put(Date.class, new Date(0));
    v.put(Time.class, new Time(0));
    v.put(Timestamp.class, new Timestamp(0));
    v.put(BigDecimal.class, BigDecimal.ONE);
    v.put(byte[].class, new byte[] {1});
    v.put(SQLType.class, JDBCType.VARCHAR);
    v.put(InputStream.class, new ByteArrayInputStream(new byte[0])); // empty: nothing is used up by a call
    v.put(Reader.class, new StringReader(""));
    try {
      v.put(URL.class, URI.create("http://127.0.0.1/").toURL());
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    return v;
  }

}
