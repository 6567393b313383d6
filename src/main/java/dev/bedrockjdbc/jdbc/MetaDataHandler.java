package dev.bedrockjdbc.jdbc;

import dev.bedrockjdbc.schema.BedrockSchema;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.StringJoiner;

/**
 * The driver's DatabaseMetaData: read-only, no transactions, batches or procedures, forward-only result sets
 * that see no changes (nothing changes them), the URL without secrets, its own connection, each table's key as
 * its primary key, and tables and columns in the order JDBC defines. Every method answers: Avatica's "todo" placeholders are answered here.
 */
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
    return DriverActivity.during(() -> handle(proxy, method, args));
  }

  private Object handle(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return Delegation.objectMethod(proxy, method, args, "BedrockDatabaseMetaData");
    }
    switch (method.getName()) {
      case "getURL":
        return safeUrl;
      case "getConnection":
        return connection;
      case "unwrap":
        return Delegation.unwrap(proxy, metaData, (Class<?>) args[0]);
      case "isWrapperFor":
        return Delegation.isWrapperFor(proxy, metaData, (Class<?>) args[0]);
      case "isReadOnly":
        return true;
      case "supportsTransactions", "supportsBatchUpdates", "supportsSelectForUpdate", "supportsStoredProcedures",
          "allProceduresAreCallable", "supportsStoredFunctionsUsingCallSyntax",
          "dataDefinitionCausesTransactionCommit", "supportsDataManipulationTransactionsOnly":
        return false;
      // No result set row is ever inserted, updated or deleted, by this connection or another.
      case "insertsAreDetected", "updatesAreDetected", "deletesAreDetected", "ownInsertsAreVisible",
          "ownUpdatesAreVisible", "ownDeletesAreVisible", "othersInsertsAreVisible", "othersUpdatesAreVisible",
          "othersDeletesAreVisible":
        return false;
      case "supportsResultSetHoldability":
        return (Integer) args[0] == metaData.getResultSetHoldability();
      case "supportsTransactionIsolationLevel":
        return (Integer) args[0] == Connection.TRANSACTION_NONE;
      case "getDefaultTransactionIsolation":
        return Connection.TRANSACTION_NONE;
      case "supportsResultSetType":
        return (Integer) args[0] == ResultSet.TYPE_FORWARD_ONLY;
      case "supportsResultSetConcurrency":
        return (Integer) args[0] == ResultSet.TYPE_FORWARD_ONLY && (Integer) args[1] == ResultSet.CONCUR_READ_ONLY;
      case "getPrimaryKeys":
        return primaryKeys((String) args[1], (String) args[2]);
      case "getTables":
        return new BedrockResultSet(OrderedRows.of((ResultSet) Delegation.call(metaData, method, args), "TABLE_TYPE",
            "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME"), null, null);
      case "getColumns":
        return new BedrockResultSet(OrderedRows.of((ResultSet) Delegation.call(metaData, method, args), "TABLE_CAT",
            "TABLE_SCHEM", "TABLE_NAME", "ORDINAL_POSITION"), null, null);
      default:
        Object result = Delegation.call(metaData, method, args);
        // getTables, getColumns and the rest: the driver's ResultSet, so its refusals (a wrong column, a closed
        // result set) are the same as a query's. Made by metadata, it has no statement (JDBC: null).
        return result instanceof ResultSet rs ? new BedrockResultSet(rs, null, null) : result;
    }
  }

  /**
   * Each table's key, from its description (model_arn of custom_models). Answered by a VALUES query on this
   * connection (a real ResultSet, no API call); names are matched as LIKE patterns, since DBeaver asks with "%".
   */
  private ResultSet primaryKeys(String schema, String table) throws SQLException {
    // VARCHAR, not the literals' CHAR: a CHAR(n) parameter would be blank-padded and '%' would match nothing.
    StringJoiner rows = new StringJoiner(", ");
    for (TableSpec spec : Tables.all()) {
      for (int i = 0; i < spec.keyColumns().size(); i++) {
        rows.add("(CAST(NULL AS VARCHAR(1)), CAST('" + BedrockSchema.NAME + "' AS VARCHAR(128)), CAST('" + spec.name()
            + "' AS VARCHAR(128)), CAST('" + spec.column(spec.keyColumns().get(i)).name() + "' AS VARCHAR(128)), "
            + "CAST(" + (i + 1) + " AS SMALLINT), CAST('" + spec.name() + "_pk' AS VARCHAR(128)))");
      }
    }
    PreparedStatement ps = connection.prepareStatement("SELECT * FROM (VALUES " + rows + ") AS t(\"TABLE_CAT\", "
        + "\"TABLE_SCHEM\", \"TABLE_NAME\", \"COLUMN_NAME\", \"KEY_SEQ\", \"PK_NAME\") "
        + "WHERE \"TABLE_SCHEM\" LIKE ? AND \"TABLE_NAME\" LIKE ? ORDER BY \"TABLE_NAME\", \"COLUMN_NAME\"");
    ps.setString(1, schema == null ? "%" : schema);
    ps.setString(2, table == null ? "%" : table);
    ps.closeOnCompletion();
    return ps.executeQuery();
  }
}
