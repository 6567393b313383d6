package dev.bedrockjdbc.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Wrapper;

/**
 * Calls the wrapped JDBC object, classifying whatever it throws, as the application's use of the driver
 * ({@link DriverActivity}).
 */
final class Delegation {
  private Delegation() {
  }

  /** A call on the wrapped object. */
  interface Call<T> {
    T call() throws Exception;
  }

  /** A call on the wrapped object that returns nothing. */
  interface Run {
    void run() throws Exception;
  }

  static <T> T call(Call<T> call) throws SQLException {
    return DriverActivity.during(() -> {
      try {
        return call.call();
      } catch (Throwable e) { // as through reflection: a too-deep statement fails with StackOverflowError
        throw SqlErrors.translate(e);
      }
    });
  }

  static void run(Run run) throws SQLException {
    call(() -> {
      run.run();
      return null;
    });
  }

  /**
   * unwrap of a driver object {@code self} over {@code inner}: itself, or what {@code inner} is or wraps. Any
   * other interface is refused as not supported (Avatica's refusal had no SQLState).
   */
  static <T> T unwrap(Object self, Wrapper inner, Class<T> iface) throws SQLException {
    if (iface.isInstance(self)) {
      return iface.cast(self);
    }
    if (call(() -> inner.isWrapperFor(iface))) {
      return call(() -> inner.unwrap(iface));
    }
    throw new SQLFeatureNotSupportedException("Nothing here implements " + iface.getName()
        + "; isWrapperFor tells what unwrap can return.", SqlErrors.NOT_SUPPORTED);
  }

  static boolean isWrapperFor(Object self, Wrapper inner, Class<?> iface) throws SQLException {
    return iface.isInstance(self) || call(() -> inner.isWrapperFor(iface));
  }

  /** toString, hashCode and equals of a proxy: its own name and identity, never the wrapped object's. */
  static Object objectMethod(Object proxy, Method method, Object[] args, String name) {
    return switch (method.getName()) {
      case "hashCode" -> System.identityHashCode(proxy);
      case "equals" -> proxy == args[0];
      default -> name;
    };
  }

  static Object call(Object target, Method method, Object[] args) throws SQLException {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw SqlErrors.translate(e.getCause());
    } catch (IllegalAccessException e) {
      throw SqlErrors.translate(e);
    }
  }
}
