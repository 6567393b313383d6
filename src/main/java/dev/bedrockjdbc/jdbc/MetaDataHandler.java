package dev.bedrockjdbc.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;

/** The driver's DatabaseMetaData: read-only, no transactions, the URL without secrets, its own connection. */
final class MetaDataHandler implements InvocationHandler {
  private final DatabaseMetaData metaData;
  private final Connection connection;
  private final String safeUrl;

  private MetaDataHandler(DatabaseMetaData metaData, Connection connection, String safeUrl) {
    this.metaData = metaData;
    this.connection = connection;
    this.safeUrl = safeUrl;
  }

  static DatabaseMetaData wrap(DatabaseMetaData metaData, Connection connection, String safeUrl) {
    return (DatabaseMetaData) Proxy.newProxyInstance(MetaDataHandler.class.getClassLoader(),
        new Class<?>[] {DatabaseMetaData.class}, new MetaDataHandler(metaData, connection, safeUrl));
  }

  @Override public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return Delegation.objectMethod(proxy, method, args, "BedrockDatabaseMetaData");
    }
    switch (method.getName()) {
      case "getURL":
        return safeUrl;
      case "getConnection":
        return connection;
      case "isReadOnly":
        return true;
      case "supportsTransactions":
        return false;
      default:
        return Delegation.call(metaData, method, args);
    }
  }
}
