package dev.bedrockjdbc.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.SQLException;

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
