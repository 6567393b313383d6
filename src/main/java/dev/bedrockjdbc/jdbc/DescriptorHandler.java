package dev.bedrockjdbc.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.Wrapper;

/**
 * The driver's ResultSetMetaData and ParameterMetaData: Avatica's, with unwrap answering for the driver (it
 * returned the raw statement) and an index out of range refused as {@code 07009} (Avatica let an
 * IndexOutOfBoundsException out, or threw without a SQLState). Every method of these takes an index or none.
 */
final class DescriptorHandler implements InvocationHandler {
  private final Wrapper target;
  private final String name;

  private DescriptorHandler(Wrapper target, String name) {
    this.target = target;
    this.name = name;
  }

  /** {@code target} wrapped; null stays null (a statement that has no result columns). */
  static <T extends Wrapper> T wrap(Class<T> api, T target) {
    return target == null ? null : api.cast(Proxy.newProxyInstance(DescriptorHandler.class.getClassLoader(), new Class<?>[] {api},
        new DescriptorHandler(target, "Bedrock" + api.getSimpleName())));
  }

  @Override public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return Delegation.objectMethod(proxy, method, args, name);
    }
    switch (method.getName()) {
      case "unwrap":
        return Delegation.unwrap(proxy, target, (Class<?>) args[0]);
      case "isWrapperFor":
        return Delegation.isWrapperFor(proxy, target, (Class<?>) args[0]);
      default:
        return DriverActivity.during(() -> call(method, args));
    }
  }

  private Object call(Method method, Object[] args) throws SQLException {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IndexOutOfBoundsException
          || cause instanceof SQLException s && s.getSQLState() == null && args != null) {
        throw new SQLException("No " + (name.contains("Parameter") ? "parameter " : "column ") + args[0]
            + " here: indexes start at 1.", SqlErrors.INVALID_INDEX, cause);
      }
      throw SqlErrors.translate(cause);
    } catch (IllegalAccessException e) {
      throw SqlErrors.translate(e);
    }
  }
}
