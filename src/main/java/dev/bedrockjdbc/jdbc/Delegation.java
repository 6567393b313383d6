package dev.bedrockjdbc.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.SQLException;

/** Calls the wrapped JDBC object, classifying whatever it throws. */
final class Delegation {
  private Delegation() {
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
