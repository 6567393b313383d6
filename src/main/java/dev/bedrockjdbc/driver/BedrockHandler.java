package dev.bedrockjdbc.driver;

import dev.bedrockjdbc.aws.Fleet;
import dev.bedrockjdbc.schema.BedrockSchema;
import dev.bedrockjdbc.schema.ScanSettings;
import dev.bedrockjdbc.schema.BedrockTable;

import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Handler;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.schema.SchemaPlus;

import java.sql.SQLException;

/**
 * Installs the {@code bedrock} schema when a connection opens and closes its API client when the
 * connection closes. Stateless: Avatica creates it inside the driver's constructor.
 */
final class BedrockHandler implements Handler {
  private final Handler base;

  BedrockHandler(Handler base) {
    this.base = base;
  }

  @Override public void onConnectionInit(AvaticaConnection connection) throws SQLException {
    base.onConnectionInit(connection);
    CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
    ConnectionConfig config = BedrockDriver.configOf(calcite.getProperties());
    Fleet fleet = ApiBuilder.take(config);
    calcite.getRootSchema().add(BedrockSchema.NAME, new BedrockSchema(fleet,
        new ScanSettings(config.pageSize(), config.prefetch(), config.pushdown(), config.detailConcurrency(),
            config.onRegionErrorWarns()), config.fastPath()));
    calcite.setSchema(BedrockSchema.NAME);
    // Calcite's own "metadata" schema would clutter tools' navigators; getTables/getColumns do not need it.
    CalciteSchema.from(calcite.getRootSchema()).removeSubSchema("metadata");
    connection.setAutoCommit(true);
  }

  @Override public void onConnectionClose(AvaticaConnection connection) {
    BedrockSchema schema = schema(connection);
    if (schema != null) {
      schema.close();
    }
    base.onConnectionClose(connection);
  }

  /** The connection's bedrock schema, or null before it is installed. */
  static BedrockSchema schema(java.sql.Connection connection) {
    try {
      SchemaPlus schema = connection.unwrap(CalciteConnection.class).getRootSchema().getSubSchema(BedrockSchema.NAME);
      return schema == null ? null : schema.unwrap(BedrockSchema.class);
    } catch (SQLException e) {
      return null;
    }
  }

  @Override public void onStatementExecute(AvaticaStatement statement, ResultSink resultSink) {
    // Calcite applies maxRows after binding, out of the planner's sight; the scan reads it to fetch ahead
    // only pages the statement can use.
    long maxRows;
    try {
      maxRows = statement.getLargeMaxRows();
    } catch (SQLException e) {
      maxRows = 0; // closed statement: Calcite reports that itself
    }
    BedrockTable.STATEMENT_MAX_ROWS.set(maxRows);
    base.onStatementExecute(statement, resultSink);
  }

  @Override public void onStatementClose(AvaticaStatement statement) {
    base.onStatementClose(statement);
  }
}
