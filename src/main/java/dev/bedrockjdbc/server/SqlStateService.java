package dev.bedrockjdbc.server;

import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import org.apache.calcite.avatica.remote.Service;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;

/**
 * Avatica's service with the driver's SQLStates kept for the client. {@code JdbcMeta} wraps each SQLException
 * in a plain RuntimeException and Avatica's handler then sends state 00000; an {@link AvaticaRuntimeException}
 * carries the state, code and message through to the thin driver, so a client sees HYT00, 57014, 42S22 and the
 * rest as an embedded user does.
 */
final class SqlStateService {
  private SqlStateService() {
  }

  static Service of(Service service) {
    return (Service) Proxy.newProxyInstance(Service.class.getClassLoader(), new Class<?>[] {Service.class},
        (proxy, method, args) -> {
          try {
            return method.invoke(service, args);
          } catch (InvocationTargetException e) {
            throw withState(e.getCause());
          }
        });
  }

  private static Throwable withState(Throwable failure) {
    for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof SQLException e && e.getSQLState() != null) {
        return new AvaticaRuntimeException(e.getMessage(), e.getErrorCode(), e.getSQLState(), AvaticaSeverity.ERROR);
      }
    }
    return failure;
  }
}
